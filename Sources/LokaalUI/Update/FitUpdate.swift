import LokaalCore

/// Keys in the fit view: type the offer (the needs are ranked again on every key), move through the hits,
/// open one in its region.
///
/// A challenge opens in the Challenges section, a service need in the Services
/// section scrolled to it; Esc there comes back to the fit view with the offer
/// and the selection as they were.
enum FitUpdate {
    /// A key while the offer is typed: letters go in, Backspace takes out, Enter and ↓ go to the hits,
    /// Esc stops typing (and, with nothing typed, closes the view).
    static func typing(_ s: inout AppState, _ key: Key) {
        switch key {
        case .escape:
            if s.fitView.text.isEmpty { s.mode = .browse }
            s.fitView.typing = false
        case .enter, .down: s.fitView.typing = false; return
        case .backspace: if !s.fitView.text.isEmpty { s.fitView.text.removeLast() }
        case .char(let c): s.fitView.text.append(c)
        default: return
        }
        s.fitView.selected = 0
    }

    /// Handles an action in the fit view; nil when it is not the view's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        let list = DerivedData.fitHits(s, atlas).hits
        var hits = ListViewport(count: list.count, height: 0, selection: s.fitView.selected)
        let page = FitRows.visible(rows: layout.rows)
        switch action {
        case _ where ListKeys.move(&hits, action, page: page): break
        case .search, .show(.fit): s.fitView.typing = true
        case .open:
            if list.indices.contains(hits.selection) { OpenInRegion.open(&s, item: list[hits.selection].item, returnTo: .fit, atlas, layout) }
            return []
        default: return nil
        }
        s.fitView.selected = hits.selection
        return []
    }
}
