import LokaalCore

/// More like this: the item asked about, then the items of other regions most like it, best first —
/// region and item, a bar of the score (relative to the best), the title, and why.
enum SimilarView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ look: Look) {
        let v = s.similarView
        let index = atlas.fitIndex
        guard let source = v.source, index.items.indices.contains(source) else { return }
        let item = index.items[source]
        let name = atlas.region(id: item.regionID)?.name ?? item.regionID
        let head = Sanitizer.clean("\(name) \(item.id) · \(item.title)")
        screen.put(Wrapper.truncate(head, width: max(1, s.cols - 2)), row: 1, col: 1, style: .heading)
        if v.hits.isEmpty { screen.put(UIText.noSimilar[s.lang], row: 3, col: 2, style: .dim); return }
        let top = 3, height = max(0, s.rows - 4)
        let perHit = 3
        var list = ListViewport(count: v.hits.count, height: max(1, height / perHit), selection: v.selected)
        list.offset = list.offset(showing: v.selected, fromTop: max(0, height / perHit / 3))
        list.scroll(by: 0)
        let best = max(v.hits.first?.score ?? 1, 0.0001)
        let width = max(1, s.cols - 4)
        for (k, i) in (list.offset..<v.hits.count).enumerated() {
            let row = top + k * perHit
            guard row + 1 < top + height else { break }
            let h = v.hits[i]
            let selected = i == v.selected
            let region = atlas.region(id: h.item.regionID)?.name ?? h.item.regionID
            let label = Wrapper.truncate(Sanitizer.clean("\(region) \(h.item.id)"), width: 28)
            let bar = Bar.glyphs(percent: Int((h.score / best * 100).rounded()), cells: 8)
            let line = Wrapper.pad(label, width: 28) + " " + bar + " " + Sanitizer.clean(h.item.title)
            if selected {
                screen.fill(Rect(top: row, left: 0, height: 1, width: s.cols), style: .selected)
                screen.put(look.marker, row: row, col: 1, style: .selected)
                screen.cursor = (row, 1)
            }
            screen.put(Wrapper.truncate(line, width: width), row: row, col: 3, style: selected ? .selected : .normal)
            screen.put(Wrapper.truncate(UIText.fitWhy[s.lang] + FitView.reasons(h, atlas, s.lang), width: max(1, width - 2)), row: row + 1, col: 5, style: .dim)
        }
    }
}
