/// The parts of an addendum, in reading order; used by `show --section`, search hits and the browser.
public enum Section: String, CaseIterable, Sendable, Codable {
    case overview, challenges, enrichment, services, personas, localChoices = "local-choices", timing, contacts, notes, themes

    /// The Dutch heading the addenda use for this part.
    public var dutchTitle: String {
        switch self {
        case .overview: "Overzicht"
        case .challenges: "Regio-uitdagingen"
        case .enrichment: "Resultaten verrijking"
        case .services: "Arena-analyse"
        case .personas: "Persona"
        case .localChoices: "Andere lokale input"
        case .timing: "Lokale timing"
        case .contacts: "Lokale contactpersoon"
        case .notes: "Opmerkingen bij de data"
        case .themes: "Thema's"
        }
    }

    /// The English heading.
    public var englishTitle: String {
        switch self {
        case .overview: "Overview"
        case .challenges: "Challenges"
        case .enrichment: "Enrichment"
        case .services: "Services"
        case .personas: "Personas"
        case .localChoices: "Local choices"
        case .timing: "Timing"
        case .contacts: "Contacts"
        case .notes: "Data notes"
        case .themes: "Themes"
        }
    }
}
