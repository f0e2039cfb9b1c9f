import LokaalCore

/// Everything the browser shows, as one value: selection, focus, scroll, search, help, size.
///
/// Only ``Controller/update(_:key:atlas:)`` changes it; views are functions of it.
public struct AppState: Equatable, Sendable {
    /// Which pane has the keyboard.
    public enum Focus: Int, CaseIterable, Sendable { case regions, sections, content }

    public var rows: Int
    public var cols: Int
    public var lang: Lang
    /// Today as YYYY-MM-DD, for the deadline status and the timeline's today line (given at start-up, so views stay pure).
    public var today: String
    public var focus: Focus = .regions
    public var region = 0
    public var section = 0
    public var scroll = 0
    /// The selected challenge in the challenge list.
    public var challenge = 0
    /// The open challenge (index into the region's challenges), if one is open.
    public var openChallenge: Int?
    public var search = SearchState()
    public var help: HelpState?
    public var status: String?
    /// Which full view the body shows.
    public var mode: Mode = .browse
    public var personaView = PersonaViewState()
    public var compareView = CompareViewState()
    /// Regions marked with Space for comparison, in marking order.
    public var marked: [Int] = []
    /// The selected contact person in the Contacts section.
    public var person = 0
    /// The view to return to with Esc after jumping from the persona view, the search results, the timeline
    /// or the fit view.
    public var returnTo: Mode?
    public var results = ResultsState()
    /// The fit view: the offer typed and the needs it fits.
    public var fitView = FitViewState()
    /// Text shown for selecting by hand when nothing could copy it.
    public var popup: String?
    /// The content pane laid out for the current region, section and width, kept so that keys and frames need not lay it out again.
    public var content: ContentModel?

    /// The body's full views.
    public enum Mode: Equatable, Sendable { case browse, personas, compare, themes, results, timeline, fit, similar }
    public var themeView = ThemeViewState()
    public var timelineView = TimelineViewState()
    /// More like this (key `m`): the items most like a challenge or service.
    public var similarView = SimilarViewState()

    public init(rows: Int, cols: Int, lang: Lang = .en, today: String = "2023-01-01") {
        self.rows = rows; self.cols = cols; self.lang = lang; self.today = today
    }

    public var currentSection: Section { SectionCatalogue.order[section] }

    /// The selected item of the content pane: the contact person in Contacts, else the challenge in the list.
    public var selectedItem: Int { currentSection == .contacts ? person : challenge }

    /// The browser opened on a comparison of two to four regions (indexes into the atlas), as `lokaal compare` does
    /// on a terminal: the regions marked, the first one selected, Esc back to the browser.
    public static func comparing(_ regions: [Int], rows: Int, cols: Int, lang: Lang = .en, today: String = "2023-01-01") -> AppState {
        var s = AppState(rows: rows, cols: cols, lang: lang, today: today)
        guard let first = regions.first else { return s }
        s.marked = regions
        s.region = first
        s.compareView = CompareViewState(regions: regions)
        s.mode = .compare
        return s
    }
}
