import LokaalCore

/// Keys in the search across all regions: type the query, move through the hits, open one where it is.
enum ResultsUpdate {
    static func typing(_ s: inout AppState, _ key: Key) {
        switch key {
        case .escape:
            if s.results.query.isEmpty { s.mode = .browse }
            s.results.typing = false
        case .enter, .down: s.results.typing = false
        case .backspace: if !s.results.query.isEmpty { s.results.query.removeLast() }
        case .char(let c): s.results.query.append(c)
        default: return
        }
        s.results.selected = 0
    }

    /// Handles an action in the results; nil when it is not theirs (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        let list = DerivedData.hits(s, atlas)
        var v = s.results
        defer { s.results = v }
        var hits = ListViewport(count: list.count, height: 0, selection: v.selected)
        switch action {
        case _ where ListKeys.move(&hits, action, page: 10): v.selected = hits.selection
        case .search, .show(.results): v.typing = true
        case .open:
            guard list.indices.contains(v.selected), let r = atlas.regions.firstIndex(where: { $0.id == list[v.selected].field.regionID }) else { return [] }
            let hit = list[v.selected]
            let challenge = hit.field.challenge.flatMap { n in atlas.regions[r].challenges.firstIndex { $0.number == n } }
            OpenInRegion.open(&s, region: r, section: hit.field.section, challenge: challenge, returnTo: .results, atlas)
            // Highlight the query where it landed, scrolled to its first match in this section.
            s.search = SearchState(typing: false, query: v.query)
            RegionSearchUpdate.recompute(&s, atlas, layout, jump: true)
        default: return nil
        }
        return []
    }
}
