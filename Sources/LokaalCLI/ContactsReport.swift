import LokaalCore

/// `lokaal contacts [REGION]`: contact people and submission details, as text, JSON or vCard.
public enum ContactsReport {
    /// One region's contacts in `contacts --json`.
    public struct Item: Codable, Equatable {
        public let region: String
        public let name: String
        public let people: [Person]
        public let submission: Submission
        /// The application deadline with every reading, flagged when the source contradicts itself.
        public let deadline: DeadlineJSON?
    }

    public static func json(_ regions: [Region]) -> String {
        JSONOutput.encode(regions.map { Item(region: $0.id, name: $0.name, people: $0.contacts.people, submission: $0.contacts.submission,
                                             deadline: TimingFact.deadline($0).map(DeadlineJSON.init)) })
    }

    public static func plain(_ regions: [Region], style: OutputStyle) -> String {
        var out: [String] = []
        for r in regions {
            if !out.isEmpty { out.append("") }
            out.append(style.bold(Sanitizer.clean(r.name)) + " (\(r.id))")
            out += BlockPrinter.lines(SectionDocument.blocks(r, .contacts, lang: .en), style: style, indent: 2)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Every person of the regions as vCard 4.0 (RFC 6350), one card per person, CRLF line endings.
    public static func vcards(_ regions: [Region]) -> String { VCard.cards(regions) }
}
