import LokaalCore

/// Keys in the comparison: scroll all columns together, page and select columns, only differences, jump between differences, copy.
enum CompareController {
    /// The comparison laid out at a width: the one the state keeps when it fits, else laid out afresh.
    static func layout(_ s: AppState, _ atlas: Atlas, width: Int) -> CompareLayout {
        let v = s.compareView
        let input = CompareLayout.Input(regions: DerivedData.compared(s, atlas).map(\.id), width: width, firstColumn: v.firstColumn,
                                        selected: v.column, onlyDifferences: v.onlyDifferences, lang: s.lang)
        if let kept = v.layout, kept.input == input { return kept }
        return CompareLayout(DerivedData.comparison(s, atlas), width: width, firstColumn: v.firstColumn, selected: v.column,
                             onlyDifferences: v.onlyDifferences, lang: s.lang, marker: "▶")
    }

    /// Lines of text the comparison body has room for (below its header line).
    static func bodyHeight(_ layout: Layout) -> Int { max(1, layout.rows - 3) }

    /// After a key or a resize: the selected column stays among those shown, and the scroll within the lines.
    /// A terminal too small to show the comparison leaves it as it was.
    static func clamp(_ s: inout AppState, _ atlas: Atlas, _ screen: Layout) {
        let n = s.compareView.regions.count
        guard n > 0, !screen.tooSmall else { return }
        s.compareView.column = min(max(0, s.compareView.column), n - 1)
        let shown = CompareLayout.columns(count: n, width: s.cols, firstColumn: s.compareView.firstColumn)
        if let first = shown.first, !shown.contains(s.compareView.column) {
            let c = s.compareView.column
            s.compareView.firstColumn = c < first ? c : c - shown.count + 1
        }
        let l = layout(s, atlas, width: s.cols)
        s.compareView.layout = l
        s.compareView.scroll = min(max(0, s.compareView.scroll), max(0, l.lines.count - bodyHeight(screen)))
    }

    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ screen: Layout) -> [Effect]? {
        let n = s.compareView.regions.count
        guard n > 0 else { s.mode = .browse; return [] }
        let l = layout(s, atlas, width: s.cols)
        let h = bodyHeight(screen)
        let maxScroll = max(0, l.lines.count - h)
        var v = s.compareView
        // Another column can change the rows' heights: keep the scroll within them.
        defer { s.compareView = v; clamp(&s, atlas, screen) }
        switch action {
        case .help, .quit, .redraw, .suspend: return nil
        case .searchAll: s.mode = .results; s.results.typing = true; return []
        case .up: v.scroll = max(0, v.scroll - 1)
        case .down: v.scroll = min(maxScroll, v.scroll + 1)
        case .pageUp: v.scroll = max(0, v.scroll - h)
        case .pageDown: v.scroll = min(maxScroll, v.scroll + h)
        case .top: v.scroll = 0
        case .bottom: v.scroll = maxScroll
        case .nextPane, .previousPane:
            v.column = min(max(0, v.column + (action == .nextPane ? 1 : -1)), n - 1)
            let visible = max(1, l.columns.count)
            if v.column < v.firstColumn { v.firstColumn = v.column }
            if v.column >= v.firstColumn + visible { v.firstColumn = v.column - visible + 1 }
        case .onlyDifferences:
            v.onlyDifferences.toggle(); v.scroll = 0
            s.status = v.onlyDifferences ? S.onlyDiffs[s.lang] : nil
        case .nextDifference:
            if let next = l.differenceStarts.first(where: { $0 > v.scroll }) { v.scroll = min(next, maxScroll) }
            else { s.status = S.noDifferences[s.lang] }
        case .previousDifference:
            if let prev = l.differenceStarts.last(where: { $0 < v.scroll }) { v.scroll = prev }
            else { s.status = S.noDifferences[s.lang] }
        case .copyPerson, .copyBlock, .copyVCard:
            let r = atlas.regions[v.regions[min(v.column, n - 1)]]
            return [Controller.copyEffect(action, region: r, person: 0, lang: s.lang)]
        case .back, .compare: s.mode = .browse
        case .personas: s.mode = .personas
        case .themes: s.mode = .themes
        default: break
        }
        return []
    }
}
