import Foundation
import LokaalCore
@testable import LokaalUI

/// The browser's invariants, checked after every key of the fuzz and the regression cases.
///
/// For one state (and the key and state that led to it) it renders the screen and checks:
/// - `render`: exactly rows × cols — as many lines as rows, each `cols` cells wide — and the cursor on the screen;
/// - `selection`: every index valid (region, section, challenge, contact, open challenge, marked
///   regions, and the persona, result or theme cell of the current mode);
/// - `viewport`: the selection is in view (the region row, the content item after a keyboard move,
///   the persona and result rows) and every scroll offset the state keeps is within its list;
/// - `overlay`: an open help overlay or popup is drawn;
/// - `search`: the region search's matches and the hits of `s` kept in the state equal a search from
///   scratch for the same query, the persona filter and search across regions show what a fresh search
///   finds, and the other data the state keeps (comparison, theme matrix; content lines and comparison
///   layout under `viewport`) equals a fresh computation;
/// - `fit`: (under `selection`, `search` and `viewport`) the fit view's selected hit is valid and drawn, the hits it
///   keeps equal a fresh ranking of the offer, and while the offer is typed the hint bar offers no key typing takes;
/// - `compare`: the comparison names 2–4 valid, distinct regions and its column is one of them;
/// - the timeline lists every region or 2–4 distinct ones, its selection is a milestone and is drawn, a
///   contradicted selection shows `⚠`, and its kept layout equals a fresh one.
///
/// Fresh results come from the same pure functions the browser uses; they are memoised by their
/// inputs only, so a repeated check costs little and still compares against a computation from scratch.
final class InvariantChecker {
    /// A broken invariant: which rule (stable, for shrinking) and what was seen.
    struct Violation: Equatable, CustomStringConvertible {
        let rule: String
        let detail: String
        var description: String { "\(rule): \(detail)" }
    }

    let atlas: Atlas
    let look: Look
    let keymap: Keymap

    init(atlas: Atlas, look: Look = .mono, keymap: Keymap = .standard) {
        self.atlas = atlas; self.look = look; self.keymap = keymap
    }

    /// The first broken invariant of `s`, reached from `before` by `key`; nil when all hold.
    func check(_ s: AppState, key: Key?, before: AppState?) -> Violation? {
        // Indexes first: the views may trap on a state whose indexes are broken.
        if let v = selection(s) ?? compare(s) { return v }
        let screen = RootView.render(atlas, s, look: look, keymap: keymap)
        let lines = screen.lines
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        return render(s, screen, lines)
            ?? search(s, layout, screen, lines)
            ?? viewport(s, layout, screen, key: key, before: before)
            ?? overlay(s, layout, lines)
    }

    // MARK: - render

    func render(_ s: AppState, _ screen: Screen, _ lines: [String]) -> Violation? {
        guard screen.rows == s.rows, screen.cols == s.cols, screen.cells.count == s.rows * s.cols else {
            return Violation(rule: "render", detail: "screen is \(screen.cols)x\(screen.rows) with \(screen.cells.count) cells for a \(s.cols)x\(s.rows) state")
        }
        guard lines.count == s.rows else { return Violation(rule: "render", detail: "\(lines.count) lines for \(s.rows) rows") }
        for (y, line) in lines.enumerated() where DisplayWidth.of(line) != s.cols {
            return Violation(rule: "render", detail: "line \(y) is \(DisplayWidth.of(line)) cells wide, not \(s.cols): \(line)")
        }
        if let c = screen.cursor, !(0..<s.rows).contains(c.row) || !(0..<s.cols).contains(c.col) {
            return Violation(rule: "render", detail: "cursor at \(c.row),\(c.col) outside \(s.cols)x\(s.rows)")
        }
        return nil
    }

    // MARK: - selection

    func selection(_ s: AppState) -> Violation? {
        func bad(_ d: String) -> Violation { Violation(rule: "selection", detail: d) }
        guard atlas.regions.indices.contains(s.region) else { return bad("region \(s.region) of \(atlas.regions.count)") }
        guard SectionCatalogue.order.indices.contains(s.section) else { return bad("section \(s.section)") }
        let r = atlas.regions[s.region]
        guard (0..<max(1, r.challenges.count)).contains(s.challenge) else { return bad("challenge \(s.challenge) of \(r.challenges.count)") }
        guard (0..<max(1, r.contacts.people.count)).contains(s.person) else { return bad("contact \(s.person) of \(r.contacts.people.count)") }
        if let o = s.openChallenge {
            guard r.challenges.indices.contains(o) else { return bad("open challenge \(o) of \(r.challenges.count)") }
            guard s.currentSection == .challenges else { return bad("challenge \(o) open in section \(s.currentSection)") }
        }
        guard s.marked.count <= 4, Set(s.marked).count == s.marked.count, s.marked.allSatisfy(atlas.regions.indices.contains) else {
            return bad("marked regions \(s.marked)")
        }
        if let back = s.returnTo, ![.personas, .results, .timeline, .fit, .similar].contains(back) { return bad("returns to \(back)") }
        switch s.mode {
        case .personas:
            let found = personas(s.personaView.filter)
            let v = s.personaView
            guard (0..<max(1, found.count)).contains(v.selected) else { return bad("persona \(v.selected) of \(found.count)") }
            if found.isEmpty, v.onAppearances { return bad("on the appearances of no persona") }
            let n = found.indices.contains(v.selected) ? found[v.selected].entry.appearances.count : 0
            guard (0..<max(1, n)).contains(v.appearance) else { return bad("appearance \(v.appearance) of \(n)") }
        case .results:
            let n = hits(s.results.query).count
            guard (0..<max(1, n)).contains(s.results.selected) else { return bad("result \(s.results.selected) of \(n)") }
        case .fit:
            let n = fit(s.fitView.text).hits.count
            guard (0..<max(1, n)).contains(s.fitView.selected) else { return bad("fit hit \(s.fitView.selected) of \(n)") }
        case .themes:
            let v = s.themeView
            guard (0..<max(1, atlas.vocabulary.themes.count)).contains(v.row), (0..<max(1, atlas.regions.count)).contains(v.column) else {
                return bad("theme cell \(v.row),\(v.column)")
            }
        case .timeline:
            let v = s.timelineView
            guard v.regions.isEmpty || (2...4).contains(v.regions.count), Set(v.regions).count == v.regions.count,
                  v.regions.allSatisfy(atlas.regions.indices.contains) else { return bad("timeline of regions \(v.regions)") }
            let n = timeline(v.regions).count
            guard let selected = v.selected, (0..<max(1, n)).contains(selected) else { return bad("milestone \(String(describing: v.selected)) of \(n)") }
        case .similar:
            let v = s.similarView
            guard let source = v.source, atlas.fitIndex.items.indices.contains(source) else { return bad("a similar list of no item") }
            guard (0..<max(1, v.hits.count)).contains(v.selected) else { return bad("similar hit \(v.selected) of \(v.hits.count)") }
            if v.hits != similar(source) { return bad("the kept similar hits differ from fresh ones") }
            if v.hits.contains(where: { $0.item.regionID == atlas.fitIndex.items[source].regionID }) { return bad("a similar hit in the item's own region") }
        case .browse, .compare: break
        }
        return nil
    }

    // MARK: - compare

    func compare(_ s: AppState) -> Violation? {
        guard s.mode == .compare else { return nil }
        let v = s.compareView
        guard (2...4).contains(v.regions.count), Set(v.regions).count == v.regions.count, v.regions.allSatisfy(atlas.regions.indices.contains) else {
            return Violation(rule: "compare", detail: "compares regions \(v.regions)")
        }
        guard v.regions.indices.contains(v.column), v.firstColumn >= 0 else {
            return Violation(rule: "compare", detail: "column \(v.column), first \(v.firstColumn) of \(v.regions.count)")
        }
        return nil
    }

    // MARK: - search

    func search(_ s: AppState, _ layout: Layout, _ screen: Screen, _ lines: [String]) -> Violation? {
        func bad(_ d: String) -> Violation { Violation(rule: "search", detail: d) }
        let q = s.search
        if q.typing, s.mode != .browse { return bad("typing a region search in \(s.mode)") }
        if let c = q.current, !q.matches.indices.contains(c) { return bad("current match \(c) of \(q.matches.count)") }
        if q.query.isEmpty {
            if !q.matches.isEmpty || q.current != nil { return bad("\(q.matches.count) matches for an empty query") }
        } else if !layout.tooSmall {
            let fresh = regionMatches(q.query, region: s.region, width: layout.textWidth, lang: s.lang, today: s.today)
            if fresh != q.matches { return bad("\(q.matches.count) matches kept for “\(q.query)”, \(fresh.count) from scratch") }
        }
        // Results kept in the state for the search across regions, the comparison and the theme matrix.
        if let searched = s.results.searched, s.results.hits != hits(searched) {
            return bad("\(s.results.hits.count) hits kept for “\(searched)”, \(hits(searched).count) from scratch")
        }
        if s.mode == .results, !layout.tooSmall, s.results.searched != s.results.query { return bad("hits kept for “\(s.results.searched ?? "nothing")”, not “\(s.results.query)”") }
        if let ranked = s.fitView.ranked {
            let fresh = fit(ranked)
            if s.fitView.hits != fresh.hits || s.fitView.meaningless != fresh.meaningless {
                return bad("\(s.fitView.hits.count) fit hits kept for “\(ranked)”, \(fresh.hits.count) from scratch")
            }
        }
        if s.mode == .fit, !layout.tooSmall, s.fitView.ranked != s.fitView.text { return bad("fit hits kept for “\(s.fitView.ranked ?? "nothing")”, not “\(s.fitView.text)”") }
        if s.mode == .compare, s.compareView.comparison != comparison(s.compareView.regions, lang: s.lang) { return bad("the kept comparison is not of \(s.compareView.regions)") }
        // Each kept matrix is compared in full once; the same one again (Array's == checks storage identity first) is cheap.
        if let m = s.themeView.matrix, m != verifiedMatrix {
            if m != matrix { return bad("the kept theme matrix differs from a fresh one") }
            verifiedMatrix = m
        }
        guard !layout.tooSmall, s.help == nil, s.popup == nil else { return nil }
        if s.mode == .results, !s.results.query.isEmpty {
            let n = hits(s.results.query).count
            let count = "(\(n) \((n == 1 ? UIText.match : UIText.matches)[s.lang]))"
            // However long the query, the count stays in view when the row can hold it and a few cells of the query.
            let fits = DisplayWidth.of(count) + 2 + 4 <= s.cols - 2
            if fits, !lines[1].contains(count) { return bad("results prompt does not show \(count): \(lines[1])") }
        }
        if s.mode == .personas {
            let found = personas(s.personaView.filter)
            if found.indices.contains(s.personaView.selected) {
                let name = String(Sanitizer.clean(found[s.personaView.selected].entry.name).prefix(3))
                let row = (2..<max(2, s.rows - 1)).first { screen[$0, 0].char == look.marker }
                guard let row else { return bad("no selected persona drawn for “\(s.personaView.filter)”") }
                if !lines[row].hasPrefix(look.marker + " " + name) {
                    return bad("selected persona row \(lines[row]) is not \(found[s.personaView.selected].entry.name)")
                }
            }
        }
        return nil
    }

    // MARK: - viewport

    func viewport(_ s: AppState, _ layout: Layout, _ screen: Screen, key: Key?, before: AppState?) -> Violation? {
        guard !layout.tooSmall else { return nil }
        func bad(_ d: String) -> Violation { Violation(rule: "viewport", detail: d) }
        let clear = s.help == nil && s.popup == nil
        if let h = s.help {
            let n = HelpRows.rows(filter: h.filter, lang: s.lang, keymap: keymap, mode: s.mode).count
            let visible = HelpRows.visibleRows(matching: n, screenRows: s.rows)
            if h.scroll < 0 || h.scroll > max(0, n - visible) { return bad("help scrolled to \(h.scroll) of \(n) rows, \(visible) visible") }
        }
        // The content pane's scroll (kept in every mode, for coming back).
        let model = content(s, width: layout.textWidth)
        let maxScroll = max(0, model.lines.count - layout.content.height)
        if s.scroll < 0 || s.scroll > maxScroll { return bad("content scrolled to \(s.scroll), at most \(maxScroll)") }
        if let kept = s.content, kept.input == model.input, kept != model { return bad("the kept content lines differ from a fresh layout") }
        switch s.mode {
        case .browse:
            let offset = layout.regionList(count: atlas.regions.count, selected: s.region).centredOffset
            let visible = max(1, layout.regions.height / layout.regionLines)
            guard (offset..<offset + visible).contains(s.region) else { return bad("region \(s.region) outside rows \(offset)..<\(offset + visible)") }
            let row = layout.regions.top + (s.region - offset) * layout.regionLines
            if clear, screen[row, layout.regions.left].char != look.marker { return bad("no marker on the selected region's row \(row)") }
            if let key, let before, movedInContentList(key, before: before, after: s) {
                let item = model.items[s.selectedItem]
                let h = layout.content.height
                guard item.lowerBound >= s.scroll, item.lowerBound < s.scroll + h else {
                    return bad("selected item starts at line \(item.lowerBound), view shows \(s.scroll)..<\(s.scroll + h)")
                }
                if clear, screen[layout.content.top + item.lowerBound - s.scroll, layout.content.left].char != look.marker {
                    return bad("no marker on the selected item")
                }
            }
        case .personas:
            if clear, !personas(s.personaView.filter).isEmpty, !(2..<max(2, s.rows - 1)).contains(where: { screen[$0, 0].char == look.marker }) {
                return bad("the selected persona is not drawn")
            }
        case .results:
            if clear, !s.results.typing, !hits(s.results.query).isEmpty, !(3..<max(3, s.rows - 1)).contains(where: { screen[$0, 1].char == look.marker }) {
                return bad("the selected result is not drawn")
            }
        case .fit:
            if clear, !s.fitView.typing, !fit(s.fitView.text).hits.isEmpty, !(FitRows.top..<max(FitRows.top, s.rows - 1)).contains(where: { screen[$0, 1].char == look.marker }) {
                return bad("the selected fit hit is not drawn")
            }
            // While the offer is typed every key is text: the hint bar offers no key that would not work.
            if clear, s.fitView.typing, s.status == nil, let footer = screen.lines.last, footer.contains("? ") || footer.contains("q ") {
                return bad("the hint bar offers keys that typing takes: \(footer)")
            }
        case .themes:
            let v = s.themeView
            let most = v.listOpen ? ThemeList.viewport(matrix, atlas, s).maxOffset : 0
            if v.listScroll < 0 || v.listScroll > most { return bad("theme list scrolled to \(v.listScroll), at most \(most)") }
            if clear, !atlas.vocabulary.themes.isEmpty, screen.cursor.map({ (2..<s.rows - 1).contains($0.row) }) != true {
                return bad("the selected theme cell is not drawn (cursor \(String(describing: screen.cursor)))")
            }
        case .timeline:
            // The selected milestone is drawn with its marker, and its lines are what a fresh layout gives.
            let l = TimelineLayout(entries: timeline(s.timelineView.regions), width: TimelineLayout.width(cols: s.cols), lang: s.lang, today: s.today)
            if l != TimelineLayout.current(s, atlas) { return bad("the kept timeline layout differs from a fresh one") }
            let top = l.listTop(lang: s.lang, today: s.today, cols: s.cols)
            if clear, !l.entries.isEmpty, !(top..<max(top, s.rows - 1)).contains(where: { screen[$0, 0].char == look.marker }) {
                return bad("the selected milestone is not drawn")
            }
            // Every contradicted milestone on screen carries the mark.
            if clear, let selected = s.timelineView.selected, l.entries.indices.contains(selected), l.entries[selected].contradiction,
               !screen.lines.contains(where: { $0.contains(FactText.mark) }) {
                return bad("the selected milestone is contradicted but no \(FactText.mark) is drawn")
            }
        case .similar:
            if clear, !s.similarView.hits.isEmpty, !(3..<max(3, s.rows - 1)).contains(where: { screen[$0, 1].char == look.marker }) {
                return bad("the selected similar item is not drawn")
            }
        case .compare:
            let v = s.compareView
            let l = compareLayout(s)
            let most = max(0, l.lines.count - DerivedData.compareBodyHeight(layout))
            if v.scroll < 0 || v.scroll > most { return bad("comparison scrolled to \(v.scroll), at most \(most)") }
            if !l.columns.contains(v.column) { return bad("selected column \(v.column) not among the shown \(l.columns)") }
            if let kept = v.layout, kept.input == l.input, kept != l { return bad("the kept comparison layout differs from a fresh one") }
        }
        return nil
    }

    /// True when `key` moved the selection of the challenge or contact list with the keyboard (or closed a challenge back to the list).
    func movedInContentList(_ key: Key, before b: AppState, after s: AppState) -> Bool {
        guard b.mode == .browse, s.mode == .browse, b.help == nil, b.popup == nil, s.help == nil, !b.search.typing,
              b.focus == .content, s.focus == .content, s.openChallenge == nil, b.region == s.region, b.section == s.section,
              s.currentSection == .challenges || s.currentSection == .contacts,
              let action = keymap.action(for: key, in: b.mode) else { return false }
        switch action {
        case .up, .down, .pageUp, .pageDown, .top, .bottom: return b.openChallenge == nil
        case .back: return b.openChallenge != nil
        default: return false
        }
    }

    // MARK: - overlay

    func overlay(_ s: AppState, _ layout: Layout, _ lines: [String]) -> Violation? {
        guard !layout.tooSmall, s.popup != nil || s.help != nil else { return nil }
        let text = lines.joined(separator: "\n")
        if s.popup != nil {
            if !text.contains(String(UIText.copyPopupTitle[s.lang].trimmingCharacters(in: .whitespaces).prefix(12))) { return Violation(rule: "overlay", detail: "the copy popup is not drawn") }
        } else if s.help != nil, !text.contains(UIText.helpTitle[s.lang].trimmingCharacters(in: .whitespaces)) {
            return Violation(rule: "overlay", detail: "the help overlay is not drawn (filter “\(s.help!.filter)”)")
        }
        return nil
    }

    // MARK: - Fresh results, memoised by their inputs

    private struct ContentKey: Hashable { let region, section: Int; let open: Int?; let width: Int; let lang: Lang }
    private struct MatchKey: Hashable { let query: String; let region, width: Int; let lang: Lang; let today: String }
    private struct CompareKey: Hashable { let regions: [Int]; let width, first, column: Int; let diffs: Bool; let lang: Lang }
    private var contentMemo: [ContentKey: ContentModel] = [:]
    private var matchMemo: [MatchKey: [SearchState.Match]] = [:]
    private var personaMemo: [String: [(entry: PersonaEntry, quality: PersonaFinder.Quality)]] = [:]
    private var hitMemo: [String: [SearchHit]] = [:]
    private var fitMemo: [String: (hits: [FitHit], meaningless: Bool)] = [:]
    private var similarMemo: [Int: [FitHit]] = [:]
    private var compareMemo: [CompareKey: CompareLayout] = [:]
    private var comparisonMemo: [[Int]: Comparison] = [:]
    private var comparisonLang: Lang?
    /// The theme matrix from scratch.
    lazy var matrix = ThemeMatrix(atlas: atlas)
    /// The last kept matrix found equal to ``matrix``.
    private var verifiedMatrix: ThemeMatrix?

    private func memo<K: Hashable, V>(_ table: inout [K: V], _ key: K, _ make: () -> V) -> V {
        if let v = table[key] { return v }
        if table.count > 4_096 { table.removeAll() }
        let v = make()
        table[key] = v
        return v
    }

    func content(_ s: AppState, width: Int) -> ContentModel {
        memo(&contentMemo, ContentKey(region: s.region, section: s.section, open: s.openChallenge, width: width, lang: s.lang)) {
            ContentModel(region: atlas.regions[s.region], section: s.currentSection, openChallenge: s.openChallenge, width: width, lang: s.lang, today: s.today)
        }
    }

    func regionMatches(_ query: String, region: Int, width: Int, lang: Lang, today: String) -> [SearchState.Match] {
        memo(&matchMemo, MatchKey(query: query, region: region, width: width, lang: lang, today: today)) {
            RegionSearchUpdate.matches(query: query, region: atlas.regions[region], width: width, lang: lang, today: today)
        }
    }

    func personas(_ filter: String) -> [(entry: PersonaEntry, quality: PersonaFinder.Quality)] {
        memo(&personaMemo, filter) { PersonaFinder.find(filter, in: atlas) }
    }

    func hits(_ query: String) -> [SearchHit] {
        memo(&hitMemo, query) { Searcher.search(query, in: atlas, snippetRadius: 40) }
    }

    private var timelineMemo: [[Int]: [Timeline.Entry]] = [:]

    /// The timeline's entries from scratch: every region's, or those of `regions`.
    func timeline(_ regions: [Int]) -> [Timeline.Entry] {
        memo(&timelineMemo, regions) { regions.isEmpty ? Timeline.entries(atlas.regions) : Timeline.entries(regions.map { atlas.regions[$0] }) }
    }

    /// The fit view's ranking for an offer, from a fresh analysis of the offer.
    func fit(_ text: String) -> (hits: [FitHit], meaningless: Bool) {
        memo(&fitMemo, text) {
            if text.allSatisfy(\.isWhitespace) { return ([], false) }
            let q = atlas.fitIndex.query(text)
            return q.isMeaningless ? ([], true) : (atlas.fitIndex.rank(q, limit: DerivedData.fitLimit), false)
        }
    }

    /// The items most like item `source`, from a fresh ranking.
    func similar(_ source: Int) -> [FitHit] {
        memo(&similarMemo, source) { atlas.fitIndex.similar(to: source, limit: SimilarViewState.limit) }
    }

    func comparison(_ regions: [Int], lang: Lang) -> Comparison {
        if comparisonLang != lang { comparisonMemo = [:]; comparisonLang = lang }
        return memo(&comparisonMemo, regions) { Comparison(regions: regions.map { atlas.regions[$0] }, lang: lang, vocabulary: atlas.vocabulary, index: atlas.fitIndex) }
    }

    func compareLayout(_ s: AppState) -> CompareLayout {
        let v = s.compareView
        return memo(&compareMemo, CompareKey(regions: v.regions, width: s.cols, first: v.firstColumn, column: v.column, diffs: v.onlyDifferences, lang: s.lang)) {
            CompareLayout(comparison(v.regions, lang: s.lang), width: s.cols, firstColumn: v.firstColumn, selected: v.column,
                          onlyDifferences: v.onlyDifferences, lang: s.lang, marker: "▶")
        }
    }
}
