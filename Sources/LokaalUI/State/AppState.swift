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
    /// Today as YYYY-MM-DD, for the deadline status (given, so views stay pure).
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
    /// The view to return to with Esc after jumping from the persona view or the search results.
    public var returnTo: Mode?
    public var results = ResultsState()
    /// Text shown for selecting by hand when nothing could copy it.
    public var popup: String?
    /// The content pane laid out for the current region, section and width, kept so that keys and frames need not lay it out again.
    public var content: ContentModel?

    /// The body's full views.
    public enum Mode: Equatable, Sendable { case browse, personas, compare, themes, results }
    public var themeView = ThemeViewState()

    public init(rows: Int, cols: Int, lang: Lang = .en, today: String = "2023-01-01") {
        self.rows = rows; self.cols = cols; self.lang = lang; self.today = today
    }

    public var currentSection: Section { SectionCatalogue.order[section] }

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

/// The `/` search of the current region: the query, whether it is being typed, and where it matches.
public struct SearchState: Equatable, Sendable {
    /// One line that contains the query: which section (and open challenge) and which line.
    public struct Match: Equatable, Sendable {
        public let section: Int
        public let openChallenge: Int?
        public let line: Int
    }
    public var typing = false
    public var query = ""
    public var matches: [Match] = []
    public var current: Int?
    /// The text width ``matches`` were found at (they are lines); nil when not found yet.
    public var width: Int?
}

/// The help overlay: its filter text and scroll.
public struct HelpState: Equatable, Sendable {
    public var filter = ""
    public var scroll = 0
}

/// The persona view: filter text, selected persona and appearance, which column has focus.
public struct PersonaViewState: Equatable, Sendable {
    public var filter = ""
    public var typing = false
    public var selected = 0
    public var appearance = 0
    public var onAppearances = false

    public init() {}
}

/// The comparison: which regions, vertical scroll, first visible column, selected column, only-differences.
public struct CompareViewState: Equatable, Sendable {
    public var regions: [Int] = []
    public var scroll = 0
    public var firstColumn = 0
    public var column = 0
    public var onlyDifferences = false
    /// The comparison of `regions`, built once when the view opens: it tags every theme, too slow to repeat per key and frame.
    public var comparison: Comparison?
    /// The comparison laid out for the terminal's width, kept until the width or the columns change.
    public var layout: CompareLayout?

    public init(regions: [Int] = []) { self.regions = regions }
}

/// The theme matrix: the selected cell, and whether its list of matches is open.
public struct ThemeViewState: Equatable, Sendable {
    public var row = 0
    public var column = 0
    public var listOpen = false
    public var listScroll = 0
    /// The matrix, built once when the view first opens: tagging every region is too slow to repeat per key and frame.
    public var matrix: ThemeMatrix?
    public init() {}
}

/// Search across every region: the query, whether it is being typed, the selected hit.
public struct ResultsState: Equatable, Sendable {
    public var query = ""
    public var typing = true
    public var selected = 0
    /// The hits for ``searched``, found as the query is typed, so that keys and frames need not search every region again.
    public var hits: [SearchHit] = []
    /// The query ``hits`` belong to; nil before the first search.
    public var searched: String?
    public init() {}
}
