/// Regions side by side: rows aligned by section so that like sits next to like.
///
/// Each row has a group (the section), a label and one cell per region; a cell
/// is a list of lines. Milestones align by kind, challenges by number.
public struct Comparison: Sendable, Equatable {
    /// One aligned row.
    public struct Row: Sendable, Equatable {
        public let section: Section
        public let label: String
        public let cells: [[String]]
        /// True when a cell shows a fact the source contradicts (every reading is in the cell, flagged ⚠).
        public var contradiction = false
        /// True when not every region's cell is the same.
        public var differs: Bool { Set(cells.map { $0.joined(separator: "\n") }).count > 1 }
    }
    public let regions: [Region]
    public let rows: [Row]

    static func themeRows(_ regions: [Region], _ lang: Lang, _ v: ThemeVocabulary) -> [Row] {
        guard !v.themes.isEmpty else { return [] }
        let tags = ThemeTagger.tags(regions, vocabulary: v)
        return v.themes.map { t in
            Row(section: .themes, label: t.label(lang), cells: regions.map { r in
                let cell = tags.filter { $0.theme == t.id && $0.target.regionID == r.id }
                let c = cell.filter { $0.target.kind == .challenge }.count, s = cell.count - cell.filter { $0.target.kind == .challenge }.count
                return cell.isEmpty ? ["—"] : ["\(c) \(S.challenges[lang].lowercased()), \(s) \(S.services[lang].lowercased())"]
            })
        }
    }

    /// Compares `regions`; with a vocabulary, one row per theme is added.
    public init(regions: [Region], lang: Lang, vocabulary: ThemeVocabulary = .empty) {
        self.regions = regions
        var rows: [Row] = []
        func add(_ s: Section, _ label: String, _ cell: (Region) -> [String]) {
            rows.append(Row(section: s, label: label, cells: regions.map(cell)))
        }
        add(.overview, S.municipalities[lang]) { $0.municipalities }
        add(.challenges, S.challenges[lang]) { ["\($0.challenges.count)"] }
        let maxChallenges = regions.map(\.challenges.count).max() ?? 0
        for n in 1...max(1, maxChallenges) where maxChallenges > 0 {
            add(.challenges, "\(S.challenge[lang]) \(n)") { r in
                guard let c = r.challenge(n) else { return ["—"] }
                return [c.personas.joined(separator: ", "), Wrapper.truncate(c.opening, width: 120)]
            }
        }
        add(.personas, S.personas[lang]) { $0.personas.names }
        add(.services, S.services[lang]) { ["\($0.arena.services.count)"] }
        add(.services, S.need[lang]) { r in r.arena.services.map { $0.need ?? ($0.offer.first.map { Wrapper.truncate($0, width: 80) } ?? "") } }
        add(.localChoices, S.focus[lang]) { r in r.localInput.focus.isEmpty ? ["—"] : r.localInput.focus.map(\.text) + r.localInput.focus.flatMap(\.items) }
        add(.localChoices, S.notFocus[lang]) { r in r.localInput.notFocus.isEmpty ? ["—"] : r.localInput.notFocus.map(\.text) + r.localInput.notFocus.flatMap(\.items) }
        let facts = regions.map(TimingFact.facts)
        for kind in Milestone.Kind.allCases where regions.contains(where: { $0.timing.milestones.contains { $0.kind == kind } }) {
            let label = regions.lazy.compactMap { $0.timing.milestones.first { $0.kind == kind }?.label }.first ?? kind.rawValue
            add(.timing, label) { r in
                let ms = r.timing.milestones.filter { $0.kind == kind }
                if let f = facts[regions.firstIndex(of: r)!].first(where: { $0.kind == kind }), f.contradiction { return [FactText.line(f, lang: lang)] }
                return ms.isEmpty ? ["—"] : ms.map(\.text)
            }
            rows[rows.count - 1].contradiction = facts.contains { $0.contains { $0.kind == kind && $0.contradiction } }
        }
        rows += Self.themeRows(regions, lang, vocabulary)
        add(.contacts, S.contactPeople[lang]) { $0.contacts.people.map(\.mailLine) }
        add(.contacts, S.submitTo[lang]) { [$0.contacts.submission.email] }
        add(.contacts, S.subjectLine[lang]) { [$0.contacts.submission.subject ?? "—"] }
        self.rows = rows
    }
}
