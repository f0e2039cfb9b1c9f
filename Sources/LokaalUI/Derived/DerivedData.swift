import LokaalCore

/// The costly data the views show, kept in the state: the content pane's lines, the comparison (and its
/// layout), the theme matrix, the hits of the search across regions, the timeline's selection at today
/// and the fit view's ranking.
///
/// Tagging themes and searching every field take tens of milliseconds; the state keeps the
/// result, refreshed after every key when what it derives from has changed, so that later keys
/// and frames read it instead of computing it again. Views and controllers call the accessors
/// here, which compute afresh when the state holds nothing current (a state made by hand).
enum DerivedData {
    /// Brings the kept data up to date with the state's mode, compared regions and query.
    static func refresh(_ s: inout AppState, _ atlas: Atlas) {
        let screen = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        // The content pane, in every view: its scroll is kept for coming back.
        if !screen.tooSmall { s.content = ContentModel.current(s, atlas: atlas, width: screen.textWidth) }
        switch s.mode {
        case .compare:
            if !isCurrent(s.compareView.comparison, s, atlas) { s.compareView.comparison = makeComparison(s, atlas) }
            // Laid out for the terminal, unless it is too small to show it.
            if !screen.tooSmall {
                s.compareView.layout = compareLayout(s, atlas, width: s.cols)
            }
        case .themes:
            if s.themeView.matrix == nil { s.themeView.matrix = atlas.themeMatrix }
        case .results:
            // Not while the terminal is too small to show the hits: the resize that shows them searches.
            if !screen.tooSmall, s.results.searched != s.results.query {
                s.results.hits = search(s.results.query, atlas)
                s.results.searched = s.results.query
            }
        case .timeline:
            // Opened at today: the selection is made concrete (and kept within the list) once the entries are known.
            s.timelineView.selected = TimelineLayout.selection(s, TimelineLayout.current(s, atlas))
        case .fit:
            // Ranked only when the offer changed: keys that move the selection, and every frame, read the kept hits.
            if !screen.tooSmall, s.fitView.ranked != s.fitView.text {
                let r = fit(s.fitView.text, atlas)
                s.fitView.hits = r.hits
                s.fitView.meaningless = r.meaningless
                s.fitView.ranked = s.fitView.text
            }
        default: break
        }
    }

    /// How many hits the fit view ranks and explains: the best, as the list can show them.
    static let fitLimit = 50

    /// The fit view's hits for the state's offer: the kept ones when current, else ranked afresh.
    static func fitHits(_ s: AppState, _ atlas: Atlas) -> (hits: [FitHit], meaningless: Bool) {
        s.fitView.ranked == s.fitView.text ? (s.fitView.hits, s.fitView.meaningless) : fit(s.fitView.text, atlas)
    }

    /// Every challenge and service need ranked for an offer (the best ``fitLimit``); none for blank text,
    /// none and `meaningless` for text of stop words only.
    static func fit(_ text: String, _ atlas: Atlas) -> (hits: [FitHit], meaningless: Bool) {
        if text.allSatisfy({ $0.isWhitespace }) { return ([], false) }
        let index = atlas.fitIndex
        let q = index.query(text)
        if q.isMeaningless { return ([], true) }
        return (index.rank(q, limit: fitLimit), false)
    }

    /// The content pane as a viewport: its lines for the state's region, section and width, scrolled as the state says.
    static func contentViewport(_ s: AppState, _ atlas: Atlas, _ layout: Layout) -> ListViewport {
        let lines = ContentModel.current(s, atlas: atlas, width: layout.textWidth)?.lines.count ?? 0
        return ListViewport(count: lines, height: layout.content.height, offset: s.scroll)
    }

    /// The comparison laid out at a width: the one the state keeps when it fits, else laid out afresh.
    static func compareLayout(_ s: AppState, _ atlas: Atlas, width: Int) -> CompareLayout {
        let v = s.compareView
        let input = CompareLayout.Input(regions: compared(s, atlas).map(\.id), width: width, firstColumn: v.firstColumn,
                                        selected: v.column, onlyDifferences: v.onlyDifferences, lang: s.lang)
        if let kept = v.layout, kept.input == input { return kept }
        return CompareLayout(comparison(s, atlas), width: width, firstColumn: v.firstColumn, selected: v.column,
                             onlyDifferences: v.onlyDifferences, lang: s.lang, marker: "▶")
    }

    /// Lines of text the comparison body has room for (below its header line).
    static func compareBodyHeight(_ layout: Layout) -> Int { max(1, layout.rows - 3) }

    static func comparison(_ s: AppState, _ atlas: Atlas) -> Comparison {
        isCurrent(s.compareView.comparison, s, atlas) ? s.compareView.comparison! : makeComparison(s, atlas)
    }

    static func matrix(_ s: AppState, _ atlas: Atlas) -> ThemeMatrix {
        s.themeView.matrix ?? atlas.themeMatrix
    }

    static func hits(_ s: AppState, _ atlas: Atlas) -> [SearchHit] {
        s.results.searched == s.results.query ? s.results.hits : search(s.results.query, atlas)
    }

    static func search(_ query: String, _ atlas: Atlas) -> [SearchHit] {
        Searcher.search(query, in: atlas, snippetRadius: 40)
    }

    static func compared(_ s: AppState, _ atlas: Atlas) -> [Region] {
        s.compareView.regions.compactMap { atlas.regions.indices.contains($0) ? atlas.regions[$0] : nil }
    }

    static func makeComparison(_ s: AppState, _ atlas: Atlas) -> Comparison {
        Comparison(regions: compared(s, atlas), lang: s.lang, vocabulary: atlas.vocabulary, index: atlas.fitIndex)
    }

    static func isCurrent(_ c: Comparison?, _ s: AppState, _ atlas: Atlas) -> Bool {
        guard let c else { return false }
        return c.regions.map(\.id) == compared(s, atlas).map(\.id)
    }
}
