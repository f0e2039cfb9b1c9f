import LokaalCore

/// Short section names for the section list and breadcrumbs, in both languages.
enum SectionNames {
    static func short(_ s: Section, _ l: Lang) -> String {
        switch s {
        case .overview: S("Overview", "Overzicht")[l]
        case .challenges: S("Challenges", "Uitdagingen")[l]
        case .services: S("Services", "Diensten")[l]
        case .personas: S("Personas", "Persona's")[l]
        case .enrichment: S("Enrichment", "Verrijking")[l]
        case .localChoices: S("Local choices", "Lokale keuzes")[l]
        case .timing: S("Timing", "Timing")[l]
        case .contacts: S("Contacts", "Contacten")[l]
        case .notes: S("Data notes", "Opmerkingen")[l]
        }
    }
}
