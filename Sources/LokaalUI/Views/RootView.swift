import LokaalCore

/// Renders the whole browser for a state onto a new ``Screen``: header, panes, footer, overlays.
///
/// A pure function of its arguments: the atlas, the state and the look.
public enum RootView {
    public static func render(_ atlas: Atlas, _ s: AppState, look: Look, keymap: Keymap = .standard) -> Screen {
        var screen = Screen(rows: s.rows, cols: s.cols)
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        if layout.tooSmall {
            TooSmallView.draw(&screen, lang: s.lang)
            return screen
        }
        // Laid out once per frame, for the content pane and the footer's position.
        let content = s.mode == .browse ? ContentModel.current(s, atlas: atlas, width: layout.textWidth) : nil
        // The one place that knows every view: what it draws, and what its breadcrumb says.
        let crumbs: [String]
        switch s.mode {
        case .browse:
            RegionListView.draw(&screen, atlas, s, layout, look)
            SectionListView.draw(&screen, s, layout, look)
            ContentView.draw(&screen, content, s, layout, look)
            crumbs = HeaderView.browseCrumbs(atlas, s)
        case .personas:
            PersonaView.draw(&screen, atlas, s, look)
            crumbs = [Label.personas[s.lang]]
        case .compare:
            CompareView.draw(&screen, atlas, s)
            crumbs = [UIText.compareTitle[s.lang] + ": " + s.compareView.regions.compactMap { atlas.regions.indices.contains($0) ? atlas.regions[$0].name : nil }.joined(separator: ", ")]
        case .themes:
            ThemeMatrixView.draw(&screen, atlas, s, look)
            crumbs = [SectionCatalogue.themesTitle[s.lang] + " (" + Label.taggedByLokaal[s.lang] + ")"]
        case .results:
            ResultsView.draw(&screen, atlas, s, look)
            crumbs = [UIText.searchAllTitle[s.lang]]
        case .timeline:
            TimelineView.draw(&screen, atlas, s, look)
            let names = s.timelineView.regions.compactMap { atlas.regions.indices.contains($0) ? atlas.regions[$0].name : nil }
            crumbs = [UIText.timelineTitle[s.lang] + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))]
        case .fit:
            FitView.draw(&screen, atlas, s, look)
            crumbs = [UIText.fitTitle[s.lang]]
        case .similar:
            SimilarView.draw(&screen, atlas, s, look)
            crumbs = [UIText.similarTitle[s.lang]]
        }
        HeaderView.draw(&screen, atlas, s, layout, crumbs: crumbs)
        FooterView.draw(&screen, content, s, layout, keymap)
        if let help = s.help { HelpOverlayView.draw(&screen, help, s.lang, keymap, mode: s.mode) }
        if let text = s.popup { PopupView.draw(&screen, text: text, lang: s.lang) }
        return screen
    }
}
