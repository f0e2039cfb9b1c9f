import LokaalCore

/// The theme × region heat map: glyph density per cell (readable in monochrome), the selected cell
/// in brackets, and on Enter the challenges and services that matched, with why. The themes are lokaal's
/// tags, not the sources' words: the breadcrumb and the list of matches say so.
enum ThemeMatrixView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ look: Look) {
        let m = DerivedData.matrix(s, atlas)
        guard !m.themes.isEmpty else {
            screen.put(UIText.noThemes[s.lang], row: 2, col: 2, style: .dim)
            return
        }
        let v = s.themeView
        let labelWidth = min(28, max(10, s.cols / 4))
        let col = max(5, min(14, (s.cols - labelWidth - 1) / max(1, m.regionIDs.count) - 1))
        var x = labelWidth + 1
        for (j, id) in m.regionIDs.enumerated() {
            let name = atlas.region(id: id)?.name ?? id
            screen.put(Wrapper.pad(name, width: col), row: 1, col: x, style: j == v.column ? .heading : .label, width: col)
            x += col + 1
        }
        let listHeight = v.listOpen ? ThemeList.height(rows: s.rows) : 0
        // Rows 2… hold the grid; the row above the footer holds the legend or the list's rule.
        let gridHeight = s.rows - 3 - (v.listOpen ? listHeight : 1)
        let offset = ListViewport(count: m.themes.count, height: gridHeight, selection: v.row).centredOffset
        let maxCount = m.maxCount
        for (i, t) in m.themes.enumerated().dropFirst(offset).prefix(max(0, gridHeight)) {
            let row = 2 + i - offset
            screen.put(Wrapper.pad(t.label(s.lang), width: labelWidth), row: row, col: 0, style: i == v.row ? .heading : .normal)
            var x = labelWidth + 1
            for (j, cell) in m.cells[i].enumerated() {
                let glyphs = String(repeating: ThemeMatrix.glyph(count: cell.count, max: maxCount), count: 3)
                let selected = i == v.row && j == v.column
                let text = (selected ? "[" : " ") + glyphs + (selected ? "]" : " ") + (cell.isEmpty ? "" : "\(cell.count)")
                screen.put(Wrapper.pad(text, width: col), row: row, col: x, style: selected ? .selected : (cell.isEmpty ? .dim : .bar), width: col)
                if selected { screen.cursor = (row, x) }
                x += col + 1
            }
        }
        if !v.listOpen {
            screen.put(UIText.themesLegend[s.lang], row: s.rows - 2, col: 1, style: .dim)
            return
        }
        guard m.themes.indices.contains(v.row), m.regionIDs.indices.contains(v.column) else { return }
        let top = s.rows - 1 - listHeight
        screen.put(String(repeating: "─", count: s.cols), row: top, col: 0, style: .border)
        let lines = ThemeList.lines(m, atlas, s)
        let scroll = min(v.listScroll, ThemeList.viewport(m, atlas, s).maxOffset)
        for (y, line) in lines.dropFirst(scroll).prefix(listHeight - 1).enumerated() {
            screen.put(line, row: top + 1 + y, col: 2, width: s.cols - 3)
        }
    }
}
