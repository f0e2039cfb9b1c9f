import LokaalCore

/// Keys in the timeline: move through the milestones, open one's region at its Timing section.
enum TimelineUpdate {
    /// Opens the timeline: the marked regions' milestones when two or more are marked, else every region's; at today.
    static func open(_ s: inout AppState) {
        s.timelineView = TimelineViewState(regions: s.marked.count >= 2 ? s.marked : [])
    }

    /// Handles an action in the timeline; nil when it is not the timeline's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ screen: Layout) -> [Effect]? {
        let l = TimelineLayout.current(s, atlas)
        var list = ListViewport(count: l.entries.count, height: 0, selection: TimelineLayout.selection(s, l))
        let page = max(1, l.listHeight(rows: s.rows, cols: s.cols, lang: s.lang, today: s.today) / 2)
        switch action {
        case .up: list.move(by: -1)
        case .down: list.move(by: 1)
        case .pageUp: list.move(by: -page)
        case .pageDown: list.move(by: page)
        case .top: list.select(0)
        case .bottom: list.select(list.lastIndex)
        case .open:
            guard l.entries.indices.contains(list.selection),
                  let r = atlas.regions.firstIndex(where: { $0.id == l.entries[list.selection].regionID }) else { return [] }
            s.timelineView.selected = list.selection
            BrowseUpdate.selectRegion(&s, r, atlas)
            BrowseUpdate.selectSection(&s, SectionCatalogue.index(of: .timing)!)
            s.openChallenge = nil
            s.scroll = 0
            s.focus = .content
            s.search = SearchState()
            s.mode = .browse
            s.returnTo = .timeline
            return []
        default: return nil
        }
        s.timelineView.selected = list.selection
        return []
    }
}
