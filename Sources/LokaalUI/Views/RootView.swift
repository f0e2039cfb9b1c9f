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
        HeaderView.draw(&screen, atlas, s, layout)
        // Laid out once per frame, for the content pane and the footer's position.
        let content = s.mode == .browse ? ContentModel.current(s, atlas: atlas, width: layout.textWidth) : nil
        switch s.mode {
        case .browse:
            RegionListView.draw(&screen, atlas, s, layout, look)
            SectionListView.draw(&screen, s, layout, look)
            ContentView.draw(&screen, content, s, layout, look)
        case .personas: PersonaView.draw(&screen, atlas, s, look)
        case .compare: CompareView.draw(&screen, atlas, s)
        case .themes: ThemeMatrixView.draw(&screen, atlas, s, look)
        case .results: ResultsView.draw(&screen, atlas, s, look)
        }
        FooterView.draw(&screen, content, s, layout, keymap)
        if let help = s.help { HelpOverlayView.draw(&screen, help, s.lang, keymap, mode: s.mode) }
        if let text = s.popup { PopupView.draw(&screen, text: text, lang: s.lang) }
        return screen
    }
}
