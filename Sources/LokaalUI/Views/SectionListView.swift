import LokaalCore

/// The middle pane: the sections of the selected region (a single ‹ › line when stacked).
enum SectionListView {
    static func draw(_ screen: inout Screen, _ s: AppState, _ layout: Layout, _ look: Look) {
        let rect = layout.sections
        let focused = s.focus == .sections
        if layout.stacked {
            let name = "‹ \(s.section + 1)/\(SectionCatalogue.order.count) \(SectionCatalogue.title(s.currentSection, s.lang)) ›"
            let style: Style = focused ? .selected : .heading
            screen.fill(rect, style: focused ? .selected : .normal)
            screen.put((focused ? look.marker + " " : "  ") + name, row: rect.top, col: rect.left, style: style, width: rect.width)
            if focused { screen.cursor = (rect.top, rect.left) }
            screen.put(String(repeating: "─", count: rect.width), row: rect.top + 1, col: rect.left, style: .border)
            return
        }
        for (i, section) in SectionCatalogue.order.enumerated() where rect.top + i < rect.bottom {
            let selected = i == s.section
            let style: Style = selected ? (focused ? .selected : .heading) : .normal
            let row = rect.top + i
            if selected && focused { screen.fill(Rect(top: row, left: rect.left, height: 1, width: rect.width), style: .selected) }
            let mark = selected ? look.marker : " "
            screen.put(Wrapper.truncate("\(mark)\(i + 1) \(SectionCatalogue.title(section, s.lang))", width: rect.width), row: row, col: rect.left, style: style, width: rect.width)
            if selected && focused { screen.cursor = (row, rect.left) }
        }
        for y in rect.top..<rect.bottom { screen.put("│", row: y, col: rect.right, style: .border) }
    }
}
