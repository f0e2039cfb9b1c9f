import LokaalCore

/// The comparison laid out for a width: which columns show, and the lines of the aligned rows.
///
/// Differences are visible without colour: a row that differs carries `≠` in
/// its gutter, a row that is the same everywhere `=`, aligned challenges and services
/// that are similar `≈` with a dim line saying why. The heading of an aligned section
/// carries its summary ("9 of 10 service types shared …"); the themes' heading says
/// they are tagged by lokaal.
public struct CompareLayout: Equatable, Sendable {
    public static let minColumn = 22
    public let labelWidth: Int
    public let columnWidth: Int
    /// Indexes (into the compared regions) of the columns shown, left to right.
    public let columns: [Int]
    public let header: StyledLine
    public let lines: [StyledLine]
    /// The first line of each differing row, for `]` and `[`.
    public let differenceStarts: [Int]
    /// What the layout was made from, to tell whether a kept one still fits the state.
    public let input: Input

    /// The inputs of a layout: the compared regions' ids and the layout's parameters.
    public struct Input: Equatable, Sendable {
        public let regions: [String]
        public let width, firstColumn, selected: Int
        public let onlyDifferences: Bool
        public let lang: Lang
    }

    /// The gutter: `=` the same everywhere, `≈` similar (aligned items), `≠` otherwise.
    static func mark(_ row: Comparison.Row) -> String {
        if row.match == .similar { return " ≈" }
        return row.differs ? " ≠" : " ="
    }

    static func labelWidth(_ width: Int) -> Int { min(20, max(8, width / 5)) }

    /// The columns shown at a width: as many as fit at ``minColumn`` cells, from `firstColumn`
    /// (moved left when that would leave room unused at the right).
    public static func columns(count n: Int, width: Int, firstColumn: Int) -> [Int] {
        let available = max(1, width - labelWidth(width) - 2)
        let visible = max(1, min(n, available / (minColumn + 1)))
        let first = min(max(0, firstColumn), max(0, n - visible))
        return Array(first..<min(n, first + visible))
    }

    public init(_ c: Comparison, width: Int, firstColumn: Int, selected: Int, onlyDifferences: Bool, lang: Lang, marker: String) {
        let n = c.regions.count
        input = Input(regions: c.regions.map(\.id), width: width, firstColumn: firstColumn, selected: selected, onlyDifferences: onlyDifferences, lang: lang)
        labelWidth = Self.labelWidth(width)
        let available = max(1, width - labelWidth - 2)
        let shown = Self.columns(count: n, width: width, firstColumn: firstColumn)
        let first = shown.first ?? 0
        let colWidth = max(1, available / max(1, shown.count) - 1)
        columns = shown
        columnWidth = colWidth
        var head: [StyledLine.Run] = [.init(Wrapper.pad(first > 0 ? "‹ " : "", width: labelWidth + 2), .dim)]
        for col in shown {
            let mark = col == selected ? marker + " " : "  "
            head.append(.init(Wrapper.pad(mark + Sanitizer.clean(c.regions[col].name), width: colWidth) + " ", col == selected ? .heading : .label))
        }
        if shown.last.map({ $0 < n - 1 }) == true { head.append(.init("›", .dim)) }
        header = StyledLine(head)

        var out: [StyledLine] = []
        var diffs: [Int] = []
        var lastSection: Section?
        for row in c.rows where !onlyDifferences || row.differs {
            if row.section != lastSection {
                lastSection = row.section
                var title = "── " + SectionCatalogue.title(row.section, lang)
                if row.section == .themes { title += " (" + Label.taggedByLokaal[lang] + ")" }
                title += " "
                out.append(StyledLine(Wrapper.truncate(title, width: width) + String(repeating: "─", count: max(0, width - DisplayWidth.of(title))), .dim))
                if let summary = c.summaries[row.section] {
                    out += Wrapper.wrap(Sanitizer.clean(summary), width: max(1, width)).map { StyledLine($0, .label) }
                }
            }
            if row.differs { diffs.append(out.count) }
            let lw = labelWidth
            let label = Wrapper.wrap(Sanitizer.clean(row.label), width: lw)
            let cells = shown.map { col in row.cells[col].flatMap { Wrapper.wrap("· " + Sanitizer.clean($0), width: colWidth) } }
            let height = max(label.count, cells.map(\.count).max() ?? 1, 1)
            for i in 0..<height {
                var runs: [StyledLine.Run] = [.init(Wrapper.pad(i < label.count ? label[i] : "", width: lw), .label)]
                runs.append(.init(i == 0 ? Self.mark(row) : "  ", row.differs ? .heading : .dim))
                for cell in cells { runs.append(.init(" " + Wrapper.pad(i < cell.count ? cell[i] : "", width: colWidth))) }
                out.append(StyledLine(runs))
            }
            if let why = row.whyText {
                let text = Wrapper.truncate(UIText.why[lang] + ": " + Sanitizer.clean(why), width: max(1, width - lw - 3))
                out.append(StyledLine([.init(Wrapper.pad("", width: lw + 3)), .init(text, .dim)]))
            }
        }
        if onlyDifferences && diffs.isEmpty { out.append(StyledLine(UIText.noDifferences[lang], .dim)) }
        lines = out
        differenceStarts = diffs
    }
}
