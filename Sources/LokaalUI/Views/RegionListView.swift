import LokaalCore

/// The left pane: every region with its municipalities; the selection carries a text marker.
enum RegionListView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ layout: Layout, _ look: Look) {
        let rect = layout.regions
        let focused = s.focus == .regions
        let offset = layout.regionList(count: atlas.regions.count, selected: s.region).centredOffset
        var row = rect.top
        for i in offset..<atlas.regions.count {
            guard row + layout.regionLines <= rect.bottom else { break }
            let r = atlas.regions[i]
            let selected = i == s.region
            let style: Style = selected ? (focused ? .selected : .heading) : .normal
            if selected && focused { screen.fill(Rect(top: row, left: rect.left, height: layout.regionLines, width: rect.width), style: .selected) }
            let mark = (selected ? look.marker : " ") + (s.marked.contains(i) ? "✓" : " ")
            screen.put(Wrapper.truncate(mark + r.name, width: rect.width), row: row, col: rect.left, style: style, width: rect.width)
            if selected && focused { screen.cursor = (row, rect.left) }
            if layout.regionLines > 1 {
                screen.put(Wrapper.truncate("  " + r.municipalities.joined(separator: ", "), width: rect.width), row: row + 1, col: rect.left,
                           style: selected && focused ? .selectedDim : .dim, width: rect.width)
            }
            row += layout.regionLines
        }
        if !layout.stacked {
            for y in rect.top..<rect.bottom { screen.put("│", row: y, col: rect.right, style: .border) }
        }
    }
}
