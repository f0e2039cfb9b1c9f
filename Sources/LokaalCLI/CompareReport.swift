import LokaalCore

/// `lokaal compare A B [C…]`: the regions' sections next to each other, rows aligned by section,
/// challenges and services by meaning.
public enum CompareReport {
    /// `compare --json`.
    public struct Result: Codable, Equatable {
        public let regions: [String]
        public let rows: [Row]
        /// Per aligned section (`challenges`, `services`): how much is shared.
        public let summaries: [String: String]
    }
    /// One aligned row: a cell (list of lines) per region, and whether they differ.
    public struct Row: Codable, Equatable {
        public let section: String
        public let label: String
        public let values: [[String]]
        public let differs: Bool
        /// True when a value shows a fact the source contradicts.
        public let contradiction: Bool
        /// True for theme rows: tagged by lokaal, not stated by the source.
        public let taggedByLokaal: Bool
        /// Challenge and service rows: per region `C2`/`S7` or null.
        public let items: [String?]?
        /// Challenge and service rows: `same`, `similar` or `only`.
        public let match: String?
        /// Similar rows: what the items share.
        public let why: AlignmentReason?
    }

    public static func json(_ c: Comparison) -> String {
        JSONOutput.encode(Result(regions: c.regions.map(\.id), rows: c.rows.map {
            Row(section: $0.section.rawValue, label: $0.label, values: $0.cells, differs: $0.differs,
                contradiction: $0.contradiction, taggedByLokaal: $0.section == .themes,
                items: $0.items, match: $0.match?.rawValue, why: $0.why)
        }, summaries: Dictionary(uniqueKeysWithValues: c.summaries.map { ($0.key.rawValue, $0.value) })))
    }

    /// The mark after a row's label: `=` the same everywhere, `≈` similar, nothing when it differs.
    static func mark(_ row: Comparison.Row) -> String {
        if row.match == .similar { return " ≈" }
        return row.differs ? "" : " ="
    }

    public static func plain(_ c: Comparison, style: OutputStyle) -> String {
        let n = c.regions.count
        let labelWidth = 18
        let col = max(12, (style.width - labelWidth - 1) / n - 1)
        var out: [String] = []
        out.append(Wrapper.pad("", width: labelWidth) + " " + c.regions.map { style.bold(Wrapper.pad(Sanitizer.clean($0.name), width: col)) }.joined(separator: " "))
        var lastSection: Section?
        for row in c.rows {
            if row.section != lastSection {
                out.append(String(repeating: "─", count: min(style.width, labelWidth + 1 + n * (col + 1))))
                lastSection = row.section
                if row.section == .themes { out.append("Themes (\(Label.taggedByLokaal[.en])):") }
                if let summary = c.summaries[row.section] { out += Wrapper.wrap(Sanitizer.clean(summary) + ":", width: style.width) }
            }
            let cells = row.cells.map { cell in cell.flatMap { Wrapper.wrap("· " + Sanitizer.clean($0), width: col) } }
            let height = max(1, cells.map(\.count).max() ?? 1)
            let label = Wrapper.wrap(Sanitizer.clean(row.label) + mark(row), width: labelWidth)
            for i in 0..<max(height, label.count) {
                let l = Wrapper.pad(i < label.count ? label[i] : "", width: labelWidth)
                let parts = cells.map { Wrapper.pad(i < $0.count ? $0[i] : "", width: col) }
                out.append(Wrapper.trimTrailing(l + " " + parts.joined(separator: " ")))
            }
            if let why = row.whyText {
                out += Wrapper.wrap("  why: " + Sanitizer.clean(why), width: max(20, style.width - labelWidth - 1)).map { Wrapper.pad("", width: labelWidth) + " " + $0 }
            }
        }
        out.append("")
        out.append("“=” after a label: the same in every region; “≈”: similar, with why.")
        out.append("Challenges and services are paired by meaning, not by number.")
        return out.joined(separator: "\n") + "\n"
    }
}
