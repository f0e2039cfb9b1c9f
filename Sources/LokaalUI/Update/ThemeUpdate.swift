import LokaalCore

/// Keys in the theme matrix: move between cells, list what matched, go back.
enum ThemeUpdate {
    /// Handles an action in the theme matrix; nil when it is not the matrix's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        let themes = atlas.vocabulary.themes.count
        var v = s.themeView
        // The list of matches is scrolled (and clamped) by `clamp`, after the key.
        defer { s.themeView = v; clamp(&s, atlas) }
        var rows = ListViewport(count: themes, height: 0, selection: v.row)
        var columns = ListViewport(count: atlas.regions.count, height: 0, selection: v.column)
        switch action {
        case .up: if v.listOpen { v.listScroll -= 1 } else { rows.move(by: -1) }
        case .down: if v.listOpen { v.listScroll += 1 } else { rows.move(by: 1) }
        case .pageUp: rows.move(by: -10)
        case .pageDown: rows.move(by: 10)
        case .top: rows.select(0)
        case .bottom: rows.select(rows.lastIndex)
        case .nextPane: columns.move(by: 1); v.listScroll = 0
        case .previousPane: columns.move(by: -1); v.listScroll = 0
        case .open: v.listOpen = themes > 0; v.listScroll = 0
        case .back: if v.listOpen { v.listOpen = false } else { return nil }
        default: return nil
        }
        v.row = rows.selection
        v.column = columns.selection
        if !v.listOpen { v.listScroll = 0 }
        return []
    }

    /// Keeps the list of matches scrolled no further than its last line (after a key or a resize).
    static func clamp(_ s: inout AppState, _ atlas: Atlas) {
        guard s.themeView.listOpen else { return }
        var list = ThemeList.viewport(DerivedData.matrix(s, atlas), atlas, s)
        list.scroll(by: 0)
        s.themeView.listScroll = list.offset
    }
}
