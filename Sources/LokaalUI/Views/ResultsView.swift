import LokaalCore

/// Search across all regions: the query line, then hits grouped by region and section, each naming
/// the field that matched, with the match highlighted in its snippet.
enum ResultsView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ look: Look) {
        let v = s.results
        let hits = DerivedData.hits(s, atlas)
        let count = v.query.isEmpty ? "" : "  (\(hits.count) \((hits.count == 1 ? UIText.match : UIText.matches)[s.lang]))"
        // A long query gives way from the left, so that its end and the count stay in view.
        let room = s.cols - 2 - DisplayWidth.of(count)
        let full = "/" + Sanitizer.clean(v.query) + (v.typing ? "▏" : "")
        let prompt = room >= 4 ? Wrapper.truncateHead(full, width: room) : full
        screen.put(prompt + count, row: 1, col: 1, style: v.typing ? .status : .label)
        if v.typing { screen.cursor = (1, 1 + min(s.cols - 2, DisplayWidth.of(prompt) - 1)) }
        if !v.query.isEmpty && hits.isEmpty { screen.put(UIText.noResults[s.lang], row: 3, col: 2, style: .dim) }
        // Lay out all lines, remembering where each hit starts.
        var lines: [(StyledLine, Int?, Int?)] = [] // line, hit index, snippet match column
        var lastGroup = ""
        let width = s.cols - 4
        for (i, h) in hits.enumerated() {
            let regionName = atlas.region(id: h.field.regionID)?.name ?? h.field.regionID
            let group = regionName + " › " + SectionCatalogue.title(h.field.section, s.lang)
            if group != lastGroup {
                if !lines.isEmpty { lines.append((.empty, nil, nil)) }
                lines.append((StyledLine(Wrapper.truncate(group, width: width), .heading), nil, nil))
                lastGroup = group
            }
            lines.append((StyledLine(Wrapper.truncate(Sanitizer.clean(h.field.name), width: width - 2), .label), i, nil))
            lines.append((StyledLine(Wrapper.truncate(Sanitizer.clean(h.snippet), width: width - 4)), i, 0))
        }
        let top = 3, height = s.rows - 4
        let first = lines.firstIndex { $0.1 == v.selected } ?? 0
        let scroll = ListViewport(count: lines.count, height: height).offset(showing: first, fromTop: height / 3)
        for (y, (line, hit, snippet)) in lines.dropFirst(max(0, scroll)).prefix(max(0, height)).enumerated() {
            let row = top + y
            let selected = hit == v.selected && !v.typing
            if selected { screen.fill(Rect(top: row, left: 0, height: 1, width: s.cols), style: .selected) }
            let indent = hit == nil ? 1 : (snippet == nil ? 3 : 5)
            if selected && snippet == nil { screen.put(look.marker, row: row, col: 1, style: .selected); screen.cursor = (row, 1) }
            screen.put(line, row: row, col: indent, width: s.cols - indent - 1, base: selected ? .selected : .normal)
            if snippet != nil { ContentView.highlight(&screen, line.text, v.query, row: row, col: indent, current: false) }
        }
    }
}
