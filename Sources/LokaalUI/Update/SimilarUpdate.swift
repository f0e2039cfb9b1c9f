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
        case .up: hits.move(by: -1)
        case .down: hits.move(by: 1)
        case .pageUp: hits.move(by: -10)
        case .pageDown: hits.move(by: 10)
        case .top: hits.select(0)
        case .bottom: hits.select(hits.lastIndex)
        case .open:
            guard v.hits.indices.contains(v.selected) else { return [] }
            let item = v.hits[v.selected].item
            guard let r = atlas.regions.firstIndex(where: { $0.id == item.regionID }) else { return [] }
            s.mode = .browse
            BrowseUpdate.selectRegion(&s, r, atlas)
            s.section = SectionCatalogue.index(of: item.kind == .challenge ? .challenges : .services) ?? 0
            s.focus = .content
            s.search = SearchState()
            s.openChallenge = nil
            s.scroll = 0
            if item.kind == .challenge {
                s.challenge = item.number - 1
                s.openChallenge = item.number - 1
            } else {
                var view = DerivedData.contentViewport(s, atlas, layout)
                view.scroll(to: SimilarSource.serviceLine(s, atlas, layout, number: item.number))
                s.scroll = view.offset
            }
            s.returnTo = .similar
            return []
        default: return nil
        }
        v.selected = hits.selection
        return []
    }
}
