import LokaalCore

/// The browser's one list of sections: each one's order, command-line slug, number key and title in both languages.
///
/// The section list, the breadcrumb, the comparison's and the search results'
/// headings, the section keys of the keymap and their help rows all derive from
/// it: adding a section here (and its blocks in `SectionDocument`) gives it a
/// place, a key and a name everywhere. One Dutch name per section.
public enum SectionCatalogue {
    /// One section as the browser offers it.
    public struct Entry: Sendable {
        public let section: Section
        /// The key that jumps to it.
        public let key: Key
        public let title: Label
        /// Its name on the command line (`lokaal show R --section SLUG`).
        public var slug: String { section.rawValue }
    }

    /// The sections of a region, in the browser's order.
    public static let entries: [Entry] = [
        Entry(section: .overview, key: .char("1"), title: Label("Overview", "Overzicht")),
        Entry(section: .challenges, key: .char("2"), title: Label("Challenges", "Uitdagingen")),
        Entry(section: .services, key: .char("3"), title: Label("Services", "Diensten")),
        Entry(section: .personas, key: .char("4"), title: Label("Personas", "Persona's")),
        Entry(section: .enrichment, key: .char("5"), title: Label("Enrichment", "Verrijking")),
        Entry(section: .localChoices, key: .char("6"), title: Label("Local choices", "Lokale keuzes")),
        Entry(section: .timing, key: .char("7"), title: Label("Timing", "Timing")),
        Entry(section: .contacts, key: .char("8"), title: Label("Contacts", "Contacten")),
        Entry(section: .notes, key: .char("9"), title: Label("Data notes", "Opmerkingen")),
    ]

    /// The sections in order.
    public static let order: [Section] = entries.map(\.section)

    /// The theme matrix's title: themes are a view of their own, not a section of a region in the browser.
    static let themesTitle = Label("Themes", "Thema's")

    /// A section's name in the interface language.
    public static func title(_ section: Section, _ lang: Lang) -> String {
        entries.first { $0.section == section }?.title[lang] ?? themesTitle[lang]
    }

    /// A section's place in the browser's order.
    public static func index(of section: Section) -> Int? {
        order.firstIndex(of: section)
    }
}
