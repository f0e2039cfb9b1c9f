import LokaalCore

/// Keys while the help overlay is open: type to filter, scroll, close.
enum HelpUpdate {
    static func key(_ s: inout AppState, _ key: Key, _ keymap: Keymap) -> [Effect] {
        guard var h = s.help else { return [] }
        switch key {
        case .escape, .char("?") where h.filter.isEmpty: s.help = nil; return []
        case .escape: s.help = nil; return []
        case .backspace:
            if h.filter.isEmpty { s.help = nil; return [] }
            h.filter.removeLast(); h.scroll = 0
        case .up: h.scroll = max(0, h.scroll - 1)
        case .down: h.scroll += 1
        case .pageUp: h.scroll = max(0, h.scroll - 10)
        case .pageDown: h.scroll += 10
        case .ctrl("l"): s.help = h; return [.redraw]
        case .char(let c): h.filter.append(c); h.scroll = 0
        case .enter: s.help = nil; return []
        default: break
        }
        // Scrolling stops with the last rows in view, so Up answers at once.
        h.scroll = min(h.scroll, HelpRows.maxScroll(filter: h.filter, lang: s.lang, keymap: keymap, mode: s.mode, screenRows: s.rows))
        s.help = h
        return []
    }
}
