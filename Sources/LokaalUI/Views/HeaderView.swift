import LokaalCore

/// The top line: a breadcrumb of where the reader is, and the region count.
///
/// Each full view names itself (`RootView` passes its crumbs); the browser's are region, section and open challenge.
enum HeaderView {
    /// The browser's crumbs: the region, the section and the open challenge.
    static func browseCrumbs(_ atlas: Atlas, _ s: AppState) -> [String] {
        guard atlas.regions.indices.contains(s.region) else { return [] }
        let r = atlas.regions[s.region]
        var crumbs = [r.name, SectionCatalogue.title(s.currentSection, s.lang)]
        if let o = s.openChallenge, r.challenges.indices.contains(o) { crumbs.append("\(Label.challenge[s.lang]) \(r.challenges[o].number)") }
        return crumbs
    }

    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ layout: Layout, crumbs view: [String]) {
        screen.fill(layout.header, style: .header)
        let crumbs = ["lokaal"] + view
        let right = " \(s.region + 1)/\(atlas.regions.count) \(UIText.regions[s.lang].lowercased()) "
        let rw = DisplayWidth.of(right)
        screen.put(" " + crumbs.joined(separator: " › "), row: 0, col: 0, style: .header, width: max(0, layout.cols - rw))
        if layout.cols > rw + 10 { screen.put(right, row: 0, col: layout.cols - rw, style: .header) }
    }
}
