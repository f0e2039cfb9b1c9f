import LokaalCore

/// The theme matrix's list of matches: its lines, its height and how far it scrolls (shared by the themes' update and view).
enum ThemeList {
    /// Rows the list of matches takes under the grid (its rule, then its lines), on a screen this high.
    static func height(rows: Int) -> Int { max(4, (rows - 3) / 2) }

    /// The list of matches of the selected cell: the look, region and count, then each challenge or service and why.
    static func lines(_ m: ThemeMatrix, _ atlas: Atlas, _ s: AppState) -> [StyledLine] {
        let v = s.themeView
        guard m.themes.indices.contains(v.row), m.regionIDs.indices.contains(v.column) else { return [] }
        let cell = m.cells[v.row][v.column]
        let regionName = atlas.region(id: m.regionIDs[v.column])?.name ?? ""
        var lines: [StyledLine] = [StyledLine([.init("\(m.themes[v.row].label(s.lang)) — \(regionName): \(cell.count)", .heading),
                                                .init("  (" + Label.taggedByLokaal[s.lang] + ")", .dim)])]
        for tag in cell {
            let kind = tag.target.kind == .challenge ? Label.challenge[s.lang] : Label.service[s.lang]
            lines += Wrapper.wrap("\(kind) \(Sanitizer.clean(tag.target.title))", width: s.cols - 4).map { StyledLine($0, .label) }
            lines += Wrapper.wrap(Sanitizer.clean(tag.reason), width: s.cols - 6).map { StyledLine("  " + $0, .dim) }
        }
        return lines
    }

    /// The list as a viewport (its rule takes one row), scrolled as the state says.
    static func viewport(_ m: ThemeMatrix, _ atlas: Atlas, _ s: AppState) -> ListViewport {
        ListViewport(count: lines(m, atlas, s).count, height: height(rows: s.rows) - 1, offset: s.themeView.listScroll)
    }
}
