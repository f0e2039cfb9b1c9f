import LokaalCore

/// The mouse: a click selects a region, a section or an item of the content pane; the wheel scrolls the text.
enum MouseUpdate {
    /// A mouse event: as a key would, it closes nothing and types nothing while a popup, the help or a prompt has the keyboard.
    static func event(_ s: inout AppState, _ event: Event, _ atlas: Atlas) -> [Effect] {
        if s.popup != nil || s.help != nil { return [] }
        if s.search.typing || (s.mode == .personas && s.personaView.typing) || (s.mode == .results && s.results.typing)
            || (s.mode == .fit && s.fitView.typing) { return [] }
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        switch event {
        case let .click(row, col): if s.mode == .browse { click(&s, row, col, layout, atlas) }
        case let .wheel(lines): BrowseUpdate.scrollContent(&s, by: lines, atlas, layout)
        default: break
        }
        return []
    }

    static func click(_ s: inout AppState, _ row: Int, _ col: Int, _ layout: Layout, _ atlas: Atlas) {
        guard !layout.tooSmall else { return }
        if layout.regions.contains(row: row, col: col) {
            let offset = layout.regionList(count: atlas.regions.count, selected: s.region).centredOffset
            let i = offset + (row - layout.regions.top) / layout.regionLines
            if i < atlas.regions.count { BrowseUpdate.selectRegion(&s, i, atlas); s.focus = .regions }
        } else if layout.sections.contains(row: row, col: col) {
            if layout.stacked { BrowseUpdate.selectSection(&s, s.section + (col < layout.cols / 2 ? -1 : 1)) }
            else if row - layout.sections.top < SectionCatalogue.order.count { BrowseUpdate.selectSection(&s, row - layout.sections.top) }
            s.focus = .sections
        } else if layout.content.contains(row: row, col: col) {
            s.focus = .content
            if let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth) {
                let line = s.scroll + row - layout.content.top
                if let i = m.items.firstIndex(where: { $0.contains(line) }) {
                    if s.currentSection == .contacts { s.person = i } else { s.challenge = i }
                }
            }
        }
    }
}
