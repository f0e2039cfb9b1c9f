import LokaalCore

/// Opening something in its region's browser: the one way every list view (personas, search results,
/// the timeline, the fit view, more like this) hands over to the browse view.
///
/// Another region starts afresh, as when it is selected in the list; the section's content has the
/// focus, scrolled to the top, without a search; Esc comes back to `returnTo`.
enum OpenInRegion {
    /// Opens `section` of region `r`; in Challenges, with challenge `challenge` (an index) open when given.
    static func open(_ s: inout AppState, region r: Int, section: Section, challenge: Int? = nil,
                     returnTo: AppState.Mode, _ atlas: Atlas) {
        BrowseUpdate.selectRegion(&s, r, atlas)
        BrowseUpdate.selectSection(&s, SectionCatalogue.index(of: section) ?? 0)
        // Only Challenges opens a challenge (a search hit in the enrichment of challenge 2 names it too).
        if section == .challenges, let c = challenge, atlas.regions[s.region].challenges.indices.contains(c) {
            s.challenge = c; s.openChallenge = c
        }
        s.scroll = 0
        s.focus = .content
        s.search = SearchState()
        s.mode = .browse
        s.returnTo = returnTo
    }

    /// Opens a challenge or service need: a challenge open in Challenges, a service need in Services
    /// scrolled to its numbered line (the content pane has no selection for services); the status line names it.
    static func open(_ s: inout AppState, item: FitItem, returnTo: AppState.Mode, _ atlas: Atlas, _ layout: Layout) {
        guard let r = atlas.regions.firstIndex(where: { $0.id == item.regionID }) else { return }
        switch item.kind {
        case .challenge:
            open(&s, region: r, section: .challenges, challenge: item.number - 1, returnTo: returnTo, atlas)
        case .service:
            open(&s, region: r, section: .services, returnTo: returnTo, atlas)
            guard !layout.tooSmall, let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth) else { break }
            let starts = SimilarSource.serviceStarts(m.lines, count: atlas.regions[r].arena.services.count)
            guard starts.indices.contains(item.number - 1), let line = starts[item.number - 1] else { break }
            s.scroll = DerivedData.contentViewport(s, atlas, layout).offset(showing: line, fromTop: 1)
        }
        s.status = item.id + " · " + Sanitizer.clean(item.title)
    }
}
