/// Regions side by side: rows aligned by section so that like sits next to like.
///
/// Each row has a group (the section), a label and one cell per region; a cell
/// is a list of lines. Milestones align by kind; challenges and services by meaning
/// (``ItemAlignment``): a row holds items about the same thing, marked the same, similar
/// (with why) or only in one region, what is shared first, with a summary per section.
public struct Comparison: Sendable, Equatable {
    /// One aligned row.
    public struct Row: Sendable, Equatable {
        public let section: Section
        public let label: String
        public let cells: [[String]]
        /// True when a cell shows a fact the source contradicts (every reading is in the cell, flagged ⚠).
        public var contradiction = false
        /// For an aligned challenge or service row: per region the item (`C2`, `S7`) or nil.
        public var items: [String?]?
        /// For an aligned row: same, similar or only.
        public var match: ItemAlignment.Match?
        /// For a similar row: what its items share.
        public var why: AlignmentReason?
        /// For a similar row: ``why`` as one line.
        public var whyText: String?
        /// True when not every region's cell is the same (an aligned row: unless all regions have the same item).
        public var differs: Bool {
            if let match, let items { return match != .same || items.contains(nil) }
            return Set(cells.map { $0.joined(separator: "\n") }).count > 1
        }
    }
    public let regions: [Region]
    public let rows: [Row]
    /// One line per aligned section (challenges, services): how much is shared.
    public let summaries: [Section: String]

    /// One row per theme: per region how many challenges and services are tagged with it. The tags are the
    /// fit index's, which tags as ``ThemeTagger`` does (held equal by a test) and is kept with the atlas.
    static func themeRows(_ regions: [Region], _ lang: Lang, _ v: ThemeVocabulary, _ index: FitIndex) -> [Row] {
        guard !v.themes.isEmpty else { return [] }
        // Per region: per theme id, (challenges, services).
        let counts = regions.map { r -> [String: (c: Int, s: Int)] in
            var out: [String: (c: Int, s: Int)] = [:]
            for i in index.regionRanges[r.id] ?? 0..<0 {
                let challenge = index.items[i].kind == .challenge
                for t in index.themes(of: i) {
                    let n = out[t] ?? (0, 0)
                    out[t] = challenge ? (n.c + 1, n.s) : (n.c, n.s + 1)
                }
            }
            return out
        }
        return v.themes.map { t in
            Row(section: .themes, label: t.label(lang), cells: counts.map { perTheme in
                guard let n = perTheme[t.id] else { return ["—"] }
                return ["\(n.c) \(Label.challenges[lang].lowercased()), \(n.s) \(Label.services[lang].lowercased())"]
            })
        }
    }

    /// Aligned rows of one kind: a cell per region with the item's id and title (a challenge: its personas and opening).
    static func alignedRows(_ regions: [Region], _ kind: ThemeTarget.Kind, _ lang: Lang, _ v: ThemeVocabulary, _ index: FitIndex) -> (rows: [Row], summary: String) {
        let a = ItemAlignment(regions: regions, kind: kind, index: index)
        let section: Section = kind == .challenge ? .challenges : .services
        let rows = a.rows.map { row -> Row in
            let cells = regions.indices.map { c -> [String] in
                guard let n = row.numbers[c] else { return ["—"] }
                let r = regions[c]
                if kind == .challenge {
                    let ch = r.challenges[n - 1]
                    return ["C\(n) · " + ch.personas.joined(separator: ", "), Wrapper.truncate(ch.opening, width: 120)]
                }
                let sv = r.arena.services[n - 1]
                return ["S\(n) · " + (sv.need ?? (sv.offer.first.map { Wrapper.truncate($0, width: 80) } ?? ""))]
            }
            let label: String
            switch row.match {
            case .same: label = Label.same[lang]
            case .similar: label = Label.similar[lang]
            case .only: label = Label.onlyIn(lang, regions[row.numbers.firstIndex { $0 != nil } ?? 0].name)
            }
            var out = Row(section: section, label: label, cells: cells)
            out.items = row.numbers.map { n in n.map { (kind == .challenge ? "C" : "S") + String($0) } }
            out.match = row.match
            out.why = row.why
            out.whyText = row.why?.text(lang, vocabulary: v)
            return out
        }
        return (rows, a.summary(regions.map(\.name), lang: lang))
    }

    /// Compares `regions`; with a vocabulary, one row per theme is added. Challenges and services are aligned
    /// with `index` (the atlas's ``Atlas/fitIndex``; nil: one built for these regions alone).
    public init(regions: [Region], lang: Lang, vocabulary: ThemeVocabulary = .empty, index: FitIndex? = nil) {
        self.regions = regions
        let index = index ?? FitIndex(regions: regions, themes: vocabulary)
        var rows: [Row] = []
        var summaries: [Section: String] = [:]
        func add(_ s: Section, _ label: String, _ cell: (Region) -> [String]) {
            rows.append(Row(section: s, label: label, cells: regions.map(cell)))
        }
        add(.overview, Label.municipalities[lang]) { $0.municipalities }
        let challenges = Self.alignedRows(regions, .challenge, lang, vocabulary, index)
        rows += challenges.rows
        summaries[.challenges] = challenges.summary
        add(.personas, Label.personas[lang]) { $0.personas.names }
        let services = Self.alignedRows(regions, .service, lang, vocabulary, index)
        rows += services.rows
        summaries[.services] = services.summary
        add(.localChoices, Label.focus[lang]) { r in r.localInput.focus.isEmpty ? ["—"] : r.localInput.focus.map(\.text) + r.localInput.focus.flatMap(\.items) }
        add(.localChoices, Label.notFocus[lang]) { r in r.localInput.notFocus.isEmpty ? ["—"] : r.localInput.notFocus.map(\.text) + r.localInput.notFocus.flatMap(\.items) }
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
        rows += Self.themeRows(regions, lang, vocabulary, index)
        add(.contacts, Label.contactPeople[lang]) { $0.contacts.people.map(\.mailLine) }
        add(.contacts, Label.submitTo[lang]) { [$0.contacts.submission.email] }
        add(.contacts, Label.subjectLine[lang]) { [$0.contacts.submission.subject ?? "—"] }
        self.rows = rows
        self.summaries = summaries
    }
}
