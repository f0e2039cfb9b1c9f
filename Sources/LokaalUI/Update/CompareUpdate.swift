import LokaalCore

/// Keys in the comparison: scroll all columns together, page and select columns, only differences, jump between differences, copy.
enum CompareUpdate {
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
        let l = DerivedData.compareLayout(s, atlas, width: s.cols)
        s.compareView.layout = l
        s.compareView.scroll = min(max(0, s.compareView.scroll), max(0, l.lines.count - DerivedData.compareBodyHeight(screen)))
    }

    /// Handles an action in the comparison; nil when it is not the comparison's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ screen: Layout) -> [Effect]? {
        let n = s.compareView.regions.count
        guard n > 0 else { s.mode = .browse; return [] }
        let l = DerivedData.compareLayout(s, atlas, width: s.cols)
        let h = DerivedData.compareBodyHeight(screen)
        let maxScroll = max(0, l.lines.count - h)
        var v = s.compareView
        // Another column can change the rows' heights: keep the scroll within them.
        defer { s.compareView = v; clamp(&s, atlas, screen) }
        switch action {
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
            return [BrowseUpdate.copyEffect(action, region: r, person: 0, lang: s.lang)]
        default: return nil
        }
        return []
    }
}
