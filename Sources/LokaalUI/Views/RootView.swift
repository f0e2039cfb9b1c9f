import LokaalCore

/// Renders the whole browser for a state onto a new ``Screen``: header, panes, footer, overlays.
///
/// A pure function of its arguments: the atlas, the state and the theme.
public enum RootView {
    public static func render(_ atlas: Atlas, _ s: AppState, theme: Theme, keymap: Keymap = .standard) -> Screen {
        var screen = Screen(rows: s.rows, cols: s.cols)
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        if layout.tooSmall {
            TooSmallView.draw(&screen, lang: s.lang)
            return screen
        }
        HeaderView.draw(&screen, atlas, s, layout)
        // Laid out once per frame, for the content pane and the footer's position.
        let content = s.mode == .browse ? ContentModel.current(s, atlas: atlas, width: layout.textWidth) : nil
        switch s.mode {
        case .browse:
            RegionListView.draw(&screen, atlas, s, layout, theme)
            SectionListView.draw(&screen, s, layout, theme)
            ContentView.draw(&screen, content, s, layout, theme)
        case .personas: PersonaView.draw(&screen, atlas, s, theme)
        case .compare: CompareView.draw(&screen, atlas, s)
        case .themes: ThemeMatrixView.draw(&screen, atlas, s, theme)
        case .results: ResultsView.draw(&screen, atlas, s, theme)
        }
        FooterView.draw(&screen, content, s, layout, keymap)
        if let help = s.help { HelpOverlayView.draw(&screen, help, s.lang, keymap, mode: s.mode) }
        if let text = s.popup { PopupView.draw(&screen, text: text, lang: s.lang) }
        return screen
    }
}
