import LokaalCore

/// Keys in the theme matrix: move between cells, list what matched, go back.
enum ThemeUpdate {
    /// Handles an action in the theme matrix; nil when it is not the matrix's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        let themes = atlas.vocabulary.themes.count, regions = atlas.regions.count
        var v = s.themeView
        defer { s.themeView = v; clamp(&s, atlas) }
        switch action {
        case .up: if v.listOpen { v.listScroll = max(0, v.listScroll - 1) } else { v.row = max(0, v.row - 1) }
        case .down: if v.listOpen { v.listScroll += 1 } else { v.row = min(max(0, themes - 1), v.row + 1) }
        case .pageUp: v.row = max(0, v.row - 10)
        case .pageDown: v.row = min(max(0, themes - 1), v.row + 10)
        case .top: v.row = 0
        case .bottom: v.row = max(0, themes - 1)
        case .nextPane: v.column = min(max(0, regions - 1), v.column + 1); v.listScroll = 0
        case .previousPane: v.column = max(0, v.column - 1); v.listScroll = 0
        case .open: v.listOpen = themes > 0; v.listScroll = 0
        case .back: if v.listOpen { v.listOpen = false } else { return nil }
        default: return nil
        }
        if !v.listOpen { v.listScroll = 0 }
        return []
    }

    /// Keeps the list of matches scrolled no further than its last line (after a key or a resize).
    static func clamp(_ s: inout AppState, _ atlas: Atlas) {
        guard s.themeView.listOpen else { return }
        let most = ThemeList.maxScroll(DerivedData.matrix(s, atlas), atlas, s)
        s.themeView.listScroll = min(max(0, s.themeView.listScroll), most)
    }
}
