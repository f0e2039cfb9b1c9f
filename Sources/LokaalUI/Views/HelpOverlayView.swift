import LokaalCore

/// The `?` overlay: the keys of the current mode, then the global ones, filtered by what the user types.
enum HelpOverlayView {
    static func draw(_ screen: inout Screen, _ h: HelpState, _ lang: Lang, _ keymap: Keymap, mode: AppState.Mode) {
        let rows = HelpRows.rows(filter: h.filter, lang: lang, keymap: keymap, mode: mode)
        let width = min(screen.cols - 4, 64)
        let height = HelpRows.visibleRows(matching: rows.count, screenRows: screen.rows) + 3
        guard width > 10, height > 4 else { return }
        let top = (screen.rows - height) / 2, left = (screen.cols - width) / 2
        let box = Rect(top: top, left: left, height: height, width: width)
        screen.fill(box, style: .overlay)
        let title = UIText.helpTitle[lang]
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, col: left, style: .overlay)
        screen.put(title, row: top, col: left + 2, style: .overlayTitle)
        for y in top + 1..<box.bottom - 1 {
            screen.put("│", row: y, col: left, style: .overlay)
            screen.put("│", row: y, col: box.right - 1, style: .overlay)
        }
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: box.bottom - 1, col: left, style: .overlay)
        let filterLine = UIText.filter[lang] + h.filter + "▏"
        screen.put(filterLine, row: top + 1, col: left + 2, style: .overlay, width: width - 4)
        let visible = HelpRows.visibleRows(matching: rows.count, screenRows: screen.rows)
        let scroll = min(h.scroll, max(0, rows.count - visible))
        let keyWidth = min(22, (width - 4) / 3)
        if rows.isEmpty {
            screen.put(UIText.noResults[lang], row: top + 2, col: left + 2, style: .overlay, width: width - 4)
        }
        for (i, r) in rows.dropFirst(scroll).prefix(visible).enumerated() {
            screen.put(r.keys, row: top + 2 + i, col: left + 2, style: .overlayTitle, width: keyWidth)
            screen.put(r.text, row: top + 2 + i, col: left + 3 + keyWidth, style: .overlay, width: width - keyWidth - 5)
        }
        if scroll + visible < rows.count {
            screen.put(UIText.more[lang], row: box.bottom - 1, col: box.right - 10, style: .overlayTitle)
        }
        if scroll > 0 { screen.put(" ↑ ", row: top, col: box.right - 6, style: .overlayTitle) }
        screen.cursor = (top + 1, left + 2 + min(width - 5, DisplayWidth.of(filterLine) - 1))
    }
}
