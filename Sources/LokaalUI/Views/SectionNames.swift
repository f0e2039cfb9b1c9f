import LokaalCore

/// Short section names for the section list and breadcrumbs, in both languages.
enum SectionNames {
    static func short(_ s: Section, _ l: Lang) -> String {
        switch s {
        case .overview: S.secOverview[l]
        case .challenges: S.secChallenges[l]
        case .services: S.secServices[l]
        case .personas: S.secPersonas[l]
        case .enrichment: S.secEnrichment[l]
        case .localChoices: S.secLocalChoices[l]
        case .timing: S.secTiming[l]
        case .contacts: S.secContacts[l]
        case .notes: S.secNotes[l]
        case .themes: S.secThemes[l]
        }
    }
}
