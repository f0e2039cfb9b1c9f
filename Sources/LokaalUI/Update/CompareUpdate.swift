import LokaalCore

/// Keys in the comparison: scroll all columns together, page and select columns, only differences, jump between differences, copy.
enum CompareUpdate {
    /// After a key or a resize: the selected column stays among those shown, and the scroll within the lines.
    /// A terminal too small to show the comparison leaves it as it was.
    static func clamp(_ s: inout AppState, _ atlas: Atlas, _ screen: Layout) {
        let n = s.compareView.regions.count
        guard n > 0, !screen.tooSmall else { return }
        var columns = ListViewport(count: n, height: 0, selection: s.compareView.column)
        columns.clamp()
        s.compareView.column = columns.selection
        let shown = CompareLayout.columns(count: n, width: s.cols, firstColumn: s.compareView.firstColumn)
        if let first = shown.first, !shown.contains(s.compareView.column) {
            let c = s.compareView.column
            s.compareView.firstColumn = c < first ? c : c - shown.count + 1
        }
        // Kept before laying out, so that the refresh after this key does not align the regions again.
        if !DerivedData.isCurrent(s.compareView.comparison, s, atlas) { s.compareView.comparison = DerivedData.makeComparison(s, atlas) }
        let l = DerivedData.compareLayout(s, atlas, width: s.cols)
        s.compareView.layout = l
        var rows = ListViewport(count: l.lines.count, height: DerivedData.compareBodyHeight(screen), offset: s.compareView.scroll)
        rows.scroll(by: 0)
        s.compareView.scroll = rows.offset
    }

    /// Handles an action in the comparison; nil when it is not the comparison's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ screen: Layout) -> [Effect]? {
        let n = s.compareView.regions.count
        guard n > 0 else { s.mode = .browse; return [] }
        let l = DerivedData.compareLayout(s, atlas, width: s.cols)
        let h = DerivedData.compareBodyHeight(screen)
        var v = s.compareView
        // Another column can change the rows' heights: keep the scroll within them.
        defer { s.compareView = v; clamp(&s, atlas, screen) }
        var rows = ListViewport(count: l.lines.count, height: h, offset: v.scroll)
        defer { v.scroll = rows.offset }
        switch action {
        case .up: rows.scroll(by: -1)
        case .down: rows.scroll(by: 1)
        case .pageUp: rows.scroll(by: -h)
        case .pageDown: rows.scroll(by: h)
        case .top: rows.scroll(to: 0)
        case .bottom: rows.scroll(to: rows.maxOffset)
        case .nextPane, .previousPane:
            var columns = ListViewport(count: n, height: max(1, l.columns.count), selection: v.column, offset: v.firstColumn)
            columns.move(by: action == .nextPane ? 1 : -1)
            columns.keepSelectionInView()
            v.column = columns.selection
            v.firstColumn = columns.offset
        case .onlyDifferences:
            v.onlyDifferences.toggle(); rows.scroll(to: 0)
            s.status = v.onlyDifferences ? UIText.onlyDiffs[s.lang] : nil
        case .nextDifference:
            if let next = l.differenceStarts.first(where: { $0 > v.scroll }) { rows.scroll(to: next) }
            else { s.status = UIText.noDifferences[s.lang] }
        case .previousDifference:
            if let prev = l.differenceStarts.last(where: { $0 < v.scroll }) { rows.scroll(to: prev) }
            else { s.status = UIText.noDifferences[s.lang] }
        case .copyPerson, .copyBlock, .copyVCard:
            let r = atlas.regions[v.regions[min(v.column, n - 1)]]
            return [BrowseUpdate.copyEffect(action, region: r, person: 0, lang: s.lang)]
        default: return nil
        }
        return []
    }
}
