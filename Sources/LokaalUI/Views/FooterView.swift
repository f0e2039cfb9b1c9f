import LokaalCore

/// The bottom line: the search prompt, a status message, or the keys that work here; and the scroll position.
enum FooterView {
    /// `content` is the content pane's model in the browser (for the scroll position), nil in the other views.
    static func draw(_ screen: inout Screen, _ content: ContentModel?, _ s: AppState, _ layout: Layout, _ keymap: Keymap) {
        let row = layout.footer.top
        screen.fill(layout.footer, style: .hint)
        var right = ""
        if s.mode == .browse, let m = content, m.lines.count > layout.content.height {
            let last = min(m.lines.count, s.scroll + layout.content.height)
            right = " \(s.scroll + 1)–\(last)/\(m.lines.count) "
        }
        let rw = DisplayWidth.of(right)
        let room = max(0, layout.cols - rw)
        if s.search.typing {
            let n = s.search.matches.count
            let word = (n == 1 ? UIText.match : UIText.matches)[s.lang]
            let count = s.search.query.isEmpty ? "" : "  (\(n) \(word))"
            screen.put("/" + s.search.query + "▏" + count, row: row, col: 0, style: .status, width: room)
        } else if s.mode == .fit && s.fitView.typing {
            // Typing takes every other key (even ? and q): the bar says only what works while typing.
            var col = 1
            for (keys, hint) in Keymap.promptHints {
                let piece = keys + " " + hint[s.lang]
                if col + DisplayWidth.of(piece) + 2 > room { break }
                col += screen.put(keys, row: row, col: col, style: .hintKey)
                col += screen.put(" " + hint[s.lang] + "  ", row: row, col: col, style: .hint)
            }
        } else if let status = s.status {
            screen.put(" " + status, row: row, col: 0, style: .status, width: room)
        } else if s.mode == .browse, !s.search.query.isEmpty {
            let pos = s.search.current.map { "\($0 + 1)/\(s.search.matches.count)" } ?? "0/\(s.search.matches.count)"
            screen.put(" /\(s.search.query)  \(pos)  n/N · Esc", row: row, col: 0, style: .status, width: room)
        } else {
            var col = 1
            for b in keymap.hints(in: s.mode) {
                guard let hint = b.hint else { continue }
                let keys = b.hintLabel
                let piece = keys + " " + hint[s.lang]
                if col + DisplayWidth.of(piece) + 2 > room { break }
                col += screen.put(keys, row: row, col: col, style: .hintKey)
                col += screen.put(" " + hint[s.lang] + "  ", row: row, col: col, style: .hint)
            }
        }
        if rw > 0, layout.cols > rw + 10 { screen.put(right, row: row, col: layout.cols - rw, style: .hint) }
    }
}
