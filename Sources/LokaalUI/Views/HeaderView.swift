import LokaalCore

/// The top line: a breadcrumb of where the reader is, and the region count.
enum HeaderView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ layout: Layout) {
        screen.fill(layout.header, style: .header)
        var crumbs = ["lokaal"]
        if s.mode == .personas { crumbs.append(Label.personas[s.lang]) }
        else if s.mode == .themes { crumbs.append(SectionCatalogue.themesTitle[s.lang]) }
        else if s.mode == .results { crumbs.append(UIText.searchAllTitle[s.lang]) }
        else if s.mode == .compare {
            crumbs.append(UIText.compareTitle[s.lang] + ": " + s.compareView.regions.compactMap { atlas.regions.indices.contains($0) ? atlas.regions[$0].name : nil }.joined(separator: ", "))
        } else if atlas.regions.indices.contains(s.region) {
            let r = atlas.regions[s.region]
            crumbs.append(r.name)
            crumbs.append(SectionCatalogue.title(s.currentSection, s.lang))
            if let o = s.openChallenge, r.challenges.indices.contains(o) { crumbs.append("\(Label.challenge[s.lang]) \(r.challenges[o].number)") }
        }
        let right = " \(s.region + 1)/\(atlas.regions.count) \(UIText.regions[s.lang].lowercased()) "
        let rw = DisplayWidth.of(right)
        screen.put(" " + crumbs.joined(separator: " › "), row: 0, col: 0, style: .header, width: max(0, layout.cols - rw))
        if layout.cols > rw + 10 { screen.put(right, row: 0, col: layout.cols - rw, style: .header) }
    }
}
