import LokaalCore

/// The theme × region heat map: glyph density per cell (readable in monochrome), the selected cell
/// in brackets, and on Enter the challenges and services that matched, with why.
enum ThemeMatrixView {
    /// Rows the list of matches takes under the grid (its rule, then its lines), on a screen this high.
    static func listHeight(rows: Int) -> Int { max(4, (rows - 3) / 2) }

    /// The list of matches of the selected cell: the theme, region and count, then each challenge or service and why.
    static func listLines(_ m: ThemeMatrix, _ atlas: Atlas, _ s: AppState) -> [StyledLine] {
        let v = s.themeView
        guard m.themes.indices.contains(v.row), m.regionIDs.indices.contains(v.column) else { return [] }
        let cell = m.cells[v.row][v.column]
        let regionName = atlas.region(id: m.regionIDs[v.column])?.name ?? ""
        var lines: [StyledLine] = [StyledLine("\(m.themes[v.row].label(s.lang)) — \(regionName): \(cell.count)", .heading)]
        for tag in cell {
            let kind = tag.target.kind == .challenge ? S.challenge[s.lang] : S.service[s.lang]
            lines += Wrapper.wrap("\(kind) \(Sanitizer.clean(tag.target.title))", width: s.cols - 4).map { StyledLine($0, .label) }
            lines += Wrapper.wrap(Sanitizer.clean(tag.reason), width: s.cols - 6).map { StyledLine("  " + $0, .dim) }
        }
        return lines
    }

    /// The furthest the list scrolls: its last line at the bottom.
    static func maxListScroll(_ m: ThemeMatrix, _ atlas: Atlas, _ s: AppState) -> Int {
        max(0, listLines(m, atlas, s).count - (listHeight(rows: s.rows) - 1))
    }

    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ theme: Theme) {
        let m = DerivedData.matrix(s, atlas)
        guard !m.themes.isEmpty else {
            screen.put(S.noThemes[s.lang], row: 2, col: 2, style: .dim)
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
        let listHeight = v.listOpen ? Self.listHeight(rows: s.rows) : 0
        // Rows 2… hold the grid; the row above the footer holds the legend or the list's rule.
        let gridHeight = s.rows - 3 - (v.listOpen ? listHeight : 1)
        let offset = min(max(0, v.row - gridHeight / 2), max(0, m.themes.count - gridHeight))
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
            screen.put(S.themesLegend[s.lang], row: s.rows - 2, col: 1, style: .dim)
            return
        }
        guard m.themes.indices.contains(v.row), m.regionIDs.indices.contains(v.column) else { return }
        let top = s.rows - 1 - listHeight
        screen.put(String(repeating: "─", count: s.cols), row: top, col: 0, style: .border)
        let lines = listLines(m, atlas, s)
        let scroll = min(v.listScroll, maxListScroll(m, atlas, s))
        for (y, line) in lines.dropFirst(scroll).prefix(listHeight - 1).enumerated() {
            screen.put(line, row: top + 1 + y, col: 2, width: s.cols - 3)
        }
    }
}
