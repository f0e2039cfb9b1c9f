import LokaalCore

/// Keys while the help overlay is open: type to filter, scroll, close.
enum HelpUpdate {
    /// A key with the help open: Esc (or `?` before anything is typed) closes it, arrows and pages scroll, text filters.
    static func key(_ s: inout AppState, _ key: Key, _ keymap: Keymap) -> [Effect] {
        guard var h = s.help else { return [] }
        var lines = 0
        switch key {
        case .escape: s.help = nil; return []
        case .char("?") where h.filter.isEmpty: s.help = nil; return []
        case .backspace:
            if h.filter.isEmpty { s.help = nil; return [] }
            h.filter.removeLast(); h.scroll = 0
        case .up: lines = -1
        case .down: lines = 1
        case .pageUp: lines = -10
        case .pageDown: lines = 10
        case .ctrl("l"): s.help = h; return [.redraw]
        case .char(let c): h.filter.append(c); h.scroll = 0
        case .enter: s.help = nil; return []
        default: break
        }
        // Scrolling stops with the last rows in view, so Up answers at once.
        var view = HelpRows.viewport(h, lang: s.lang, keymap: keymap, mode: s.mode, screenRows: s.rows)
        view.scroll(by: lines)
        h.scroll = view.offset
        s.help = h
        return []
    }
}
