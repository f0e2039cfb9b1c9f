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
        case _ where ListKeys.move(&list, action, page: page): break
        case .open:
            guard l.entries.indices.contains(list.selection),
                  let r = atlas.regions.firstIndex(where: { $0.id == l.entries[list.selection].regionID }) else { return [] }
            s.timelineView.selected = list.selection
            OpenInRegion.open(&s, region: r, section: .timing, returnTo: .timeline, atlas)
            return []
        default: return nil
        }
        s.timelineView.selected = list.selection
        return []
    }
}
