import LokaalCore

/// Keys in the list of similar items: open it on the selected challenge or service, move, open a hit in its region.
enum SimilarUpdate {
    /// Opens the list for the item the browser is on (``SimilarSource``); says how when it is on none.
    static func enter(_ s: inout AppState, _ atlas: Atlas, _ layout: Layout) -> [Effect] {
        guard let item = SimilarSource.item(s, atlas, layout) else {
            s.status = UIText.similarHint[s.lang]
            return []
        }
        var v = SimilarViewState()
        v.source = item
        v.hits = atlas.fitIndex.similar(to: item, limit: SimilarViewState.limit)
        s.similarView = v
        s.mode = .similar
        return []
    }

    /// Handles an action in the list; nil when it is not the list's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        var v = s.similarView
        defer { s.similarView = v }
        var hits = ListViewport(count: v.hits.count, height: 0, selection: v.selected)
        switch action {
        case _ where ListKeys.move(&hits, action, page: 10): break
        case .open:
            guard v.hits.indices.contains(v.selected) else { return [] }
            OpenInRegion.open(&s, item: v.hits[v.selected].item, returnTo: .similar, atlas, layout)
            return []
        default: return nil
        }
        v.selected = hits.selection
        return []
    }
}
