import LokaalCore

/// The timeline laid out for a width: a line per milestone (more when its text wraps), today's line at
/// today's place, and where each milestone's lines are, for the selection.
///
/// A milestone reads `date  region  kind  label: text as written`, the date as
/// lokaal reads it (`relative` for "einddatum + 14 dagen"), the text as the
/// source writes it with `(year not in source)` when the year was inferred, and
/// a contradicted one starts with `⚠` and names every other reading, as
/// `lokaal timeline` prints it. Laid out once per regions, width, language and
/// today, and kept with the atlas.
public struct TimelineLayout: Equatable, Sendable {
    /// One line of the list.
    public struct Line: Equatable, Sendable {
        /// What the line is: part of a milestone, today's line, or the heading above the relative dates.
        public enum Kind: Equatable, Sendable { case entry, today, relativeHeading }
        public let text: String
        public let kind: Kind
        /// The milestone (index into ``entries``) the line belongs to.
        public let item: Int?
        /// Where the contradiction mark starts on this line (a display column), if it carries one.
        public let flagColumn: Int?
    }

    public let entries: [Timeline.Entry]
    public let lines: [Line]
    /// Line ranges of the milestones, in entry order.
    public let items: [Range<Int>]
    /// The milestone selected when the view opens: the first not past, else the first (all past: read from the start).
    public let initialSelection: Int
    /// How many dated milestones have passed, and how many are dated.
    public let pastCount: Int, datedCount: Int

    public init(entries: [Timeline.Entry], width: Int, lang: Lang, today: String) {
        self.entries = entries
        let w = max(1, width)
        let kindWidth = Milestone.Kind.allCases.map { DisplayWidth.of(UIText.kind($0)[lang]) }.max() ?? 8
        let dateWidth = 10
        // Region names give way (to 12 cells) before the text leaves its column.
        let names = entries.map { DisplayWidth.of(Sanitizer.clean($0.regionName)) }.max() ?? 8
        let nameWidth = min(24, names, max(12, w - dateWidth - kindWidth - 6 - 30))
        let lead = dateWidth + 2 + nameWidth + 2 + kindWidth + 2
        // Wide: the text in a column of its own; narrow: the text on the lines below, indented.
        let inline = w - lead >= 30
        let indent = inline ? lead : 2
        let textWidth = max(1, w - indent)
        var out: [Line] = []
        var ranges: [Range<Int>] = []
        let todayAt = entries.firstIndex { ($0.milestone.sortDate ?? "~") > today } ?? entries.count
        let firstRelative = entries.firstIndex(where: \.isRelative)
        for (i, e) in entries.enumerated() {
            if i == todayAt { out.append(Self.rule(UIText.todayLine(lang, today), width: w, kind: .today)) }
            if i == firstRelative { out.append(Self.rule(UIText.relativeHeading[lang], width: w, kind: .relativeHeading)) }
            let start = out.count
            let date = e.milestone.sortDate ?? UIText.relative[lang]
            let head = Wrapper.pad(date, width: dateWidth) + "  " + Wrapper.pad(Sanitizer.clean(e.regionName), width: nameWidth) + "  "
                + Wrapper.pad(UIText.kind(e.milestone.kind)[lang], width: kindWidth) + "  "
            let text = Wrapper.wrap(Self.text(e, lang: lang), width: textWidth)
            let pad = String(repeating: " ", count: indent)
            if inline {
                for (j, t) in text.enumerated() {
                    out.append(Line(text: (j == 0 ? head : pad) + t, kind: .entry, item: i, flagColumn: j == 0 && e.contradiction ? lead : nil))
                }
            } else {
                out.append(Line(text: Wrapper.truncate(Wrapper.trimTrailing(head), width: w), kind: .entry, item: i, flagColumn: nil))
                for (j, t) in text.enumerated() {
                    out.append(Line(text: pad + t, kind: .entry, item: i, flagColumn: j == 0 && e.contradiction ? indent : nil))
                }
            }
            ranges.append(start..<out.count)
        }
        if todayAt == entries.count { out.append(Self.rule(UIText.todayLine(lang, today), width: w, kind: .today)) }
        lines = out
        items = ranges
        let dated = entries.filter { !$0.isRelative }
        datedCount = dated.count
        pastCount = dated.filter { $0.isPast(today: today) }.count
        initialSelection = entries.firstIndex { !$0.isRelative && !$0.isPast(today: today) } ?? 0
    }

    /// The milestone's text as the source writes it: `label: text`, the inferred year said, a contradiction
    /// flagged with every other reading (as `lokaal timeline` prints it).
    static func text(_ e: Timeline.Entry, lang: Lang) -> String {
        let m = e.milestone
        var t = Sanitizer.clean(m.label) + ": " + Sanitizer.clean(m.text) + (e.yearInferred ? " (\(Label.yearInferred[lang]))" : "")
        if e.contradiction {
            let others = e.otherReadings.map { "\(Sanitizer.clean($0.milestone.text)) (\(FactText.place($0, lang: lang)))" }
            t = FactText.mark + " " + t + " — " + Label.contradiction[lang] + ": " + others.joined(separator: " · ")
        }
        return t
    }

    static func rule(_ title: String, width: Int, kind: Line.Kind) -> Line {
        let head = Wrapper.truncate("── " + title + " ", width: width)
        return Line(text: head + String(repeating: "─", count: max(0, width - DisplayWidth.of(head))), kind: kind, item: nil, flagColumn: nil)
    }

    /// The honest line(s) above the list, wrapped to `cols` (at most two): the call is from spring 2023,
    /// and how many of its dates have passed by `today`.
    public func header(lang: Lang, today: String, cols: Int) -> [String] {
        let text = datedCount > 0 && pastCount == datedCount ? UIText.timelineAllPast(lang, today)
            : ByteText.replacing(ByteText.replacing(UIText.timelineSomePast(lang, today), "%1", with: "\(pastCount)"), "%2", with: "\(datedCount)")
        let lines = Wrapper.wrap(text, width: max(1, cols - 2))
        return lines.count <= 2 ? lines : [lines[0], Wrapper.truncate(lines[1...].joined(separator: " "), width: max(1, cols - 2))]
    }

    /// The first row of the list on a screen this wide (below the breadcrumb and the honest line).
    public func listTop(lang: Lang, today: String, cols: Int) -> Int { 1 + header(lang: lang, today: today, cols: cols).count }

    /// Rows the list has on a screen `rows` high (above the footer).
    public func listHeight(rows: Int, cols: Int, lang: Lang, today: String) -> Int {
        max(1, rows - 1 - listTop(lang: lang, today: today, cols: cols))
    }

    /// What identifies a layout: the same key always lays out the same lines.
    struct Key: Hashable, Sendable {
        let regions: [Int], width: Int, lang: Lang, today: String
    }

    /// The entries of the listed regions (every region when `regions` is empty), kept with the atlas.
    public static func entries(regions: [Int], atlas: Atlas) -> [Timeline.Entry] {
        regions.isEmpty ? Timeline.entries(atlas) : Timeline.entries(regions.compactMap { atlas.regions.indices.contains($0) ? atlas.regions[$0] : nil })
    }

    /// The layout for the listed regions at a width, kept with the atlas: keys and frames ask for it again and again.
    public static func cached(regions: [Int], width: Int, lang: Lang, today: String, atlas: Atlas) -> TimelineLayout {
        atlas.memoized(Key(regions: regions, width: width, lang: lang, today: today)) {
            TimelineLayout(entries: entries(regions: regions, atlas: atlas), width: width, lang: lang, today: today)
        }
    }

    /// The width the list's text gets on a screen this wide: the marker takes two columns, one is left at the right.
    public static func width(cols: Int) -> Int { max(1, cols - 3) }

    /// The timeline a state shows, laid out at the terminal's width (kept with the atlas).
    public static func current(_ s: AppState, _ atlas: Atlas) -> TimelineLayout {
        cached(regions: s.timelineView.regions, width: width(cols: s.cols), lang: s.lang, today: s.today, atlas: atlas)
    }

    /// The selected milestone of a state: the one chosen, else the one at today; within the list.
    public static func selection(_ s: AppState, _ l: TimelineLayout) -> Int {
        var list = ListViewport(count: l.entries.count, height: 0, selection: s.timelineView.selected ?? l.initialSelection)
        list.clamp()
        return list.selection
    }
}
