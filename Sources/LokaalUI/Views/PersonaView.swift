import LokaalCore

/// The persona view: a filterable list of every persona, and where the selected one appears.
enum PersonaView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ look: Look) {
        let top = 1, height = s.rows - 2
        let listWidth = min(28, max(14, s.cols / 3))
        let v = s.personaView
        let found = PersonaFinder.find(v.filter, in: atlas)
        let filterLine = UIText.filter[s.lang] + v.filter + (v.typing ? "▏" : "")
        screen.put(filterLine, row: top, col: 0, style: v.typing ? .status : .label, width: listWidth)
        if v.typing { screen.cursor = (top, min(listWidth - 1, DisplayWidth.of(filterLine) - 1)) }
        let rows = height - 1
        let offset = ListViewport(count: found.count, height: rows, selection: v.selected).centredOffset
        for (i, item) in found.enumerated().dropFirst(offset).prefix(rows) {
            let row = top + 1 + i - offset
            let selected = i == v.selected
            let focused = selected && !v.onAppearances && !v.typing
            if focused { screen.fill(Rect(top: row, left: 0, height: 1, width: listWidth), style: .selected) }
            let n = item.entry.regionIDs.count
            let label = (selected ? look.marker + " " : "  ") + item.entry.name + " (\(n))" + (item.quality == .similar ? " ≈" : "")
            screen.put(Wrapper.truncate(label, width: listWidth), row: row, col: 0, style: focused ? .selected : (selected ? .heading : .normal))
            if !v.filter.isEmpty { ContentView.highlight(&screen, label, v.filter, row: row, col: 0, current: false) }
            if focused { screen.cursor = (row, 0) }
        }
        if found.isEmpty { screen.put(UIText.noResults[s.lang], row: top + 1, col: 2, style: .dim, width: listWidth - 2) }
        for y in top..<(top + height) { screen.put("│", row: y, col: listWidth, style: .border) }

        guard found.indices.contains(v.selected) else { return }
        let entry = found[v.selected].entry
        let left = listWidth + 2, width = s.cols - left - 1
        guard width > 4 else { return }
        var lines: [(StyledLine, Int?)] = []
        let regionNames = entry.regionIDs.compactMap { id in atlas.regions.first { $0.id == id }?.name }
        lines.append((StyledLine(Sanitizer.clean(entry.name), .heading), nil))
        lines += Wrapper.wrap(UIText.appearsIn(s.lang, regionNames.joined(separator: ", ")), width: width).map { (StyledLine($0, .dim), nil) }
        for (i, a) in entry.appearances.enumerated() {
            lines.append((.empty, nil))
            lines += Wrapper.wrap("\(a.regionName) — \(Label.challenge[s.lang]) \(a.challenge)", width: width - 2).map { (StyledLine($0, .label), i) }
            lines += Wrapper.wrap(Sanitizer.clean(a.opening), width: width - 2).prefix(3).map { (StyledLine($0), i) }
        }
        let selectedFirst = lines.firstIndex { $0.1 == v.appearance } ?? 0
        let scroll = v.onAppearances ? ListViewport(count: lines.count, height: height).offset(showing: selectedFirst, fromTop: 2) : 0
        for (y, (line, item)) in lines.dropFirst(scroll).prefix(height).enumerated() {
            let row = top + y
            let isSel = v.onAppearances && item == v.appearance
            if isSel { screen.fill(Rect(top: row, left: left, height: 1, width: width + 1), style: .selected) }
            let firstOfItem = item != nil && lines.firstIndex(where: { $0.1 == item }) == scroll + y
            if firstOfItem && isSel { screen.put(look.marker, row: row, col: left, style: .selected); screen.cursor = (row, left) }
            screen.put(line, row: row, col: left + 2, width: width - 1, base: isSel ? .selected : .normal)
        }
    }
}
