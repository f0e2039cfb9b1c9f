import LokaalCore

/// The right pane: the section's text (or the challenge list), scrolled, with search matches highlighted and a scroll bar.
enum ContentView {
    static func draw(_ screen: inout Screen, _ model: ContentModel?, _ s: AppState, _ layout: Layout, _ look: Look) {
        let rect = layout.content
        guard rect.height > 0, let model else { return }
        let focused = s.focus == .content
        let selected = s.selectedItem
        let selectedItem = model.items.indices.contains(selected) ? model.items[selected] : nil
        let query = s.search.query
        let currentLine: Int? = s.search.current.flatMap { i in
            let m = s.search.matches[i]
            return m.section == s.section && m.openChallenge == s.openChallenge ? m.line : nil
        }
        for y in 0..<rect.height {
            let index = s.scroll + y
            guard index < model.lines.count else { break }
            let row = rect.top + y
            let line = model.lines[index]
            let isSelected = selectedItem?.contains(index) ?? false
            let base: Style = isSelected && focused ? .selected : .normal
            if isSelected && focused { screen.fill(Rect(top: row, left: rect.left, height: 1, width: rect.width - 1), style: .selected) }
            let marker = isSelected && index == selectedItem?.lowerBound ? look.marker : " "
            screen.put(marker, row: row, col: rect.left, style: isSelected ? (focused ? .selected : .heading) : .normal)
            screen.put(line, row: row, col: rect.left + 1, width: layout.textWidth, base: base)
            if isSelected && focused && index == selectedItem?.lowerBound { screen.cursor = (row, rect.left) }
            if !query.isEmpty { highlight(&screen, line.text, query, row: row, col: rect.left + 1, current: index == currentLine) }
        }
        if focused && selectedItem == nil { screen.cursor = (rect.top, rect.left) }
        drawScrollBar(&screen, rect, total: model.lines.count, offset: s.scroll)
    }

    static func highlight(_ screen: inout Screen, _ text: String, _ query: String, row: Int, col: Int, current: Bool) {
        let clean = Sanitizer.clean(text)
        // Mapping matches back folds character by character, which is slow; most lines do not contain the query at all.
        guard ByteText.contains(TextFolding.fold(clean), TextFolding.fold(query)) else { return }
        let chars = Array(clean)
        for m in TextFolding.matches(of: query, in: clean) {
            let start = col + chars[..<m.lowerBound].reduce(0) { $0 + DisplayWidth.of($1) }
            let width = chars[m].reduce(0) { $0 + DisplayWidth.of($1) }
            screen.restyle(row: row, from: start, to: start + width, style: current ? .selected : .match)
        }
    }

    static func drawScrollBar(_ screen: inout Screen, _ rect: Rect, total: Int, offset: Int) {
        let h = rect.height
        guard total > h, h >= 2 else { return }
        let col = rect.right - 1
        let thumbSize = max(1, h * h / total)
        let maxOffset = max(1, total - h)
        let thumbTop = (h - thumbSize) * min(offset, maxOffset) / maxOffset
        for y in 0..<h {
            let onThumb = y >= thumbTop && y < thumbTop + thumbSize
            screen.put(onThumb ? "┃" : "│", row: rect.top + y, col: col, style: onThumb ? .label : .border)
        }
        if offset > 0 { screen.put("▲", row: rect.top, col: col, style: .label) }
        if offset < maxOffset { screen.put("▼", row: rect.bottom - 1, col: col, style: .label) }
    }
}
