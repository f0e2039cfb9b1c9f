import LokaalCore

/// The help overlay's rows and how many of them show: geometry the help's update (scrolling) and its view share.
public enum HelpRows {
    /// The help rows (keys, description) of a mode that match a filter: the mode's own bindings, then the global ones.
    public static func rows(filter: String, lang: Lang, keymap: Keymap, mode: AppState.Mode) -> [(keys: String, text: String)] {
        let all = keymap.helpBindings(in: mode).map { (keys: $0.keyLabels, text: $0.help[lang]) }
        let extra = [(keys: UIText.mouse[lang], text: UIText.mouseHelp[lang])]
        let q = TextFolding.fold(filter)
        return (all + extra).filter { q.isEmpty || ByteText.contains(TextFolding.fold($0.keys + " " + $0.text), q) }
    }

    /// How many help rows the box shows on a screen this high, when `matching` rows match the filter
    /// (at least one line, for "no results").
    static func visibleRows(matching: Int, screenRows: Int) -> Int {
        min(screenRows - 2, max(1, matching) + 4) - 3
    }

    /// The help's rows as a viewport on a screen this high, scrolled to `scroll`: it stops with the last rows just in view.
    static func viewport(_ h: HelpState, lang: Lang, keymap: Keymap, mode: AppState.Mode, screenRows: Int) -> ListViewport {
        let n = rows(filter: h.filter, lang: lang, keymap: keymap, mode: mode).count
        return ListViewport(count: n, height: visibleRows(matching: n, screenRows: screenRows), offset: h.scroll)
    }
}
