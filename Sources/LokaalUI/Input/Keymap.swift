import LokaalCore

/// The one table of actions, their keys, the modes they work in and their help text.
///
/// As in tig, every binding names the modes it works in (none: every mode). A
/// mode's own binding for an action stands in for the global one there, so the
/// comparison can say "Next column" where the browser says "Next pane". The
/// controller resolves keys through it, and the help overlay and every mode's
/// hint bar are generated from it, so neither can disagree with the keys.
public struct Keymap: Sendable {
    /// One action with its keys, the modes it works in, its help text and its hint (if the hint bar shows it).
    public struct Binding: Sendable {
        public let action: Action
        public let keys: [Key]
        /// The modes this binding is for; empty for every mode.
        public let modes: [AppState.Mode]
        public let help: Label
        public let hint: Label?
        /// How the hint bar writes the keys, when not the first key's label.
        public let hintKeys: String?

        init(_ action: Action, _ keys: [Key], in modes: [AppState.Mode] = [], help: Label, hint: Label? = nil, hintKeys: String? = nil) {
            self.action = action; self.keys = keys; self.modes = modes; self.help = help; self.hint = hint; self.hintKeys = hintKeys
        }

        /// True when the binding is for every mode.
        public var isGlobal: Bool { modes.isEmpty }

        /// The keys as the help writes them: `→ l Tab`.
        public var keyLabels: String { keys.map(\.label).joined(separator: " ") }

        /// The keys as the hint bar writes them: `←→ Tab`.
        public var hintLabel: String { hintKeys ?? keys[0].label }
    }

    public let bindings: [Binding]

    /// A key for every section of the catalogue, in the browser.
    static let sectionBindings: [Binding] = SectionCatalogue.entries.enumerated().map { i, e in
        Binding(.section(i), [e.key], in: [.browse], help: Label("Section: " + e.title.en, "Sectie: " + e.title.nl))
    }

    public static let standard = Keymap(bindings: [
        Binding(.up, [.up, .char("k")], help: Label("Move up / scroll up", "Omhoog / scroll omhoog")),
        Binding(.down, [.down, .char("j")], help: Label("Move down / scroll down", "Omlaag / scroll omlaag"), hint: Label("move", "bewegen"), hintKeys: "↑↓"),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.browse], help: Label("Next pane", "Volgend paneel"), hint: Label("panes", "panelen"), hintKeys: "←→ Tab"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.browse], help: Label("Previous pane", "Vorig paneel")),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.personas], help: Label("The challenges based on the persona", "De uitdagingen op basis van de persona"), hint: Label("challenges", "uitdagingen"), hintKeys: "→"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.personas], help: Label("Back to the list of personas", "Terug naar de lijst van persona's")),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.compare], help: Label("Next column", "Volgende kolom"), hint: Label("column", "kolom"), hintKeys: "←→"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.compare], help: Label("Previous column", "Vorige kolom")),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.themes], help: Label("Next region", "Volgende regio"), hint: Label("cell", "cel"), hintKeys: "←→"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.themes], help: Label("Previous region", "Vorige regio")),
        Binding(.open, [.enter], in: [.browse, .personas, .results, .fit, .similar], help: Label("Open the selected item", "Open de selectie"), hint: Label("open", "openen")),
        Binding(.open, [.enter], in: [.timeline], help: Label("Open the region's Timing section (Esc comes back)", "Open de sectie Timing van de regio (Esc keert terug)"), hint: Label("timing", "timing")),
        Binding(.open, [.enter], in: [.themes], help: Label("List what matched, and why", "Toon wat overeenkwam, en waarom"), hint: Label("what matched", "wat overeenkwam")),
        Binding(.back, [.escape, .backspace], help: Label("Go back / close", "Terug / sluiten"), hint: Label("back", "terug")),
        Binding(.pageUp, [.pageUp], help: Label("Page up", "Pagina omhoog")),
        Binding(.pageDown, [.pageDown], help: Label("Page down", "Pagina omlaag")),
        Binding(.top, [.home, .char("g")], help: Label("Go to the top", "Naar het begin")),
        Binding(.bottom, [.end, .char("G")], help: Label("Go to the bottom", "Naar het einde")),
    ] + sectionBindings + [
        Binding(.search, [.char("/")], in: [.browse], help: Label("Search this region (Enter to keep, Esc to cancel)", "Zoek in deze regio (Enter houdt, Esc annuleert)"), hint: Label("search", "zoeken")),
        Binding(.search, [.char("/")], in: [.personas], help: Label("Filter the personas as you type", "Filter de persona's terwijl je typt"), hint: Label("filter", "filter")),
        Binding(.search, [.char("/")], in: [.results], help: Label("Edit the query", "Wijzig de zoekopdracht"), hint: Label("edit", "wijzig")),
        Binding(.search, [.char("/"), .char("f")], in: [.fit], help: Label("Edit the offer", "Wijzig het aanbod"), hint: Label("edit", "wijzig"), hintKeys: "/"),
        Binding(.show(.results), [.char("s")], help: Label("Search all regions: results by region and section", "Zoek in alle regio's: treffers per regio en sectie")),
        Binding(.nextMatch, [.char("n")], in: [.browse], help: Label("Next match", "Volgende treffer")),
        Binding(.previousMatch, [.char("N")], in: [.browse], help: Label("Previous match", "Vorige treffer")),
        Binding(.show(.personas), [.char("p")], in: [.browse], help: Label("Personas: who appears where (/ filters)", "Persona's: wie komt waar voor (/ filtert)"), hint: Label("personas", "persona's")),
        Binding(.show(.personas), [.char("p")], in: [.compare, .themes, .results, .timeline, .fit], help: Label("Personas: who appears where (/ filters)", "Persona's: wie komt waar voor (/ filtert)")),
        Binding(.show(.personas), [.char("p")], in: [.personas], help: Label("Close the personas", "Sluit de persona's")),
        Binding(.show(.themes), [.char("t")], in: [.browse], help: Label("Themes × regions matrix (Enter lists matches)", "Thema's × regio's (Enter toont treffers)"), hint: Label("themes", "thema's")),
        Binding(.show(.themes), [.char("t")], in: [.personas, .compare, .results, .timeline, .fit], help: Label("Themes × regions matrix (Enter lists matches)", "Thema's × regio's (Enter toont treffers)")),
        Binding(.show(.themes), [.char("t")], in: [.themes], help: Label("Close the themes", "Sluit de thema's")),
        Binding(.show(.timeline), [.char("w")], in: [.browse], help: Label("Timeline: every milestone by date", "Tijdlijn: alle mijlpalen op datum")),
        Binding(.show(.timeline), [.char("w")], in: [.personas, .compare, .themes, .results, .fit], help: Label("Timeline: every milestone by date", "Tijdlijn: alle mijlpalen op datum")),
        Binding(.show(.timeline), [.char("w")], in: [.timeline], help: Label("Close the timeline", "Sluit de tijdlijn")),
        Binding(.show(.fit), [.char("f")], in: [.browse, .personas, .compare, .themes, .results, .timeline],
                help: Label("Where does my offer fit: needs ranked", "Waar past mijn aanbod: rangschik noden")),
        Binding(.moreLikeThis, [.char("m")], in: [.browse], help: Label("More like this: similar items elsewhere", "Meer zoals dit: gelijkaardige items elders")),
        Binding(.mark, [.char(" ")], in: [.browse], help: Label("Mark or unmark the region for comparison", "Regio (de)markeren om te vergelijken")),
        Binding(.compare, [.char("c")], in: [.browse], help: Label("Compare the marked regions side by side", "Gemarkeerde regio's naast elkaar"), hint: Label("compare", "vergelijk")),
        Binding(.compare, [.char("c")], in: [.compare], help: Label("Close the comparison", "Sluit de vergelijking")),
        Binding(.onlyDifferences, [.char("d")], in: [.compare], help: Label("Only rows that differ (again: all rows)", "Enkel verschillen (opnieuw: alle rijen)"), hint: Label("differences", "verschillen")),
        Binding(.nextDifference, [.char("]")], in: [.compare], help: Label("Next difference", "Volgend verschil"), hint: Label("next/prev", "volgend/vorig"), hintKeys: "] ["),
        Binding(.previousDifference, [.char("[")], in: [.compare], help: Label("Previous difference", "Vorig verschil")),
        Binding(.copyPerson, [.char("y")], in: [.browse], help: Label("Copy the contact: Name <e-mail>, phone", "Kopieer contact: Naam <e-mail>, telefoon")),
        Binding(.copyBlock, [.char("Y")], in: [.browse], help: Label("Copy all contacts, submission address and subject", "Kopieer alle contacten, indienadres en onderwerp")),
        Binding(.copyVCard, [.char("v")], in: [.browse], help: Label("Copy the contact as a vCard", "Kopieer contact als vCard")),
        Binding(.copyPerson, [.char("y")], in: [.compare], help: Label("Copy the column's first contact: Name <e-mail>, phone", "Kopieer het eerste contact van de kolom"), hint: Label("copy", "kopieer"), hintKeys: "y Y v"),
        Binding(.copyBlock, [.char("Y")], in: [.compare], help: Label("Copy the column's contacts, submission address and subject", "Kopieer de contacten van de kolom, indienadres en onderwerp")),
        Binding(.copyVCard, [.char("v")], in: [.compare], help: Label("Copy the column's first contact as a vCard", "Kopieer het eerste contact van de kolom als vCard")),
        Binding(.help, [.char("?")], help: Label("Help: all keys (type to filter)", "Hulp: alle toetsen (typ om te filteren)"), hint: Label("help", "hulp")),
        Binding(.redraw, [.ctrl("l")], help: Label("Redraw the screen", "Scherm opnieuw tekenen")),
        Binding(.suspend, [.ctrl("z")], help: Label("Suspend (fg to return)", "Pauzeren (fg om terug te keren)")),
        Binding(.quit, [.char("q")], help: Label("Quit", "Afsluiten"), hint: Label("quit", "stoppen")),
    ])

    /// The keys that work while text is typed into the fit view's prompt, for its hint bar: typing takes every other key.
    public static let promptHints: [(keys: String, hint: Label)] = [
        ("Enter ↓", Label("to the hits", "naar de treffers")),
        ("Esc", Label("stop typing", "stop met typen")),
        ("⌫", Label("erase", "wissen")),
    ]

    /// The bindings that work in a mode, in table order: the mode's own, and the global ones
    /// whose action the mode does not bind itself.
    public func bindings(in mode: AppState.Mode) -> [Binding] {
        let own = Set(bindings.filter { $0.modes.contains(mode) }.map(\.action))
        return bindings.filter { $0.modes.contains(mode) || ($0.isGlobal && !own.contains($0.action)) }
    }

    /// The help's order for a mode: the mode's own bindings first, then the global ones.
    public func helpBindings(in mode: AppState.Mode) -> [Binding] {
        let all = bindings(in: mode)
        return all.filter { !$0.isGlobal } + all.filter(\.isGlobal)
    }

    /// The hint bar's bindings for a mode: help first, so it always fits; then the table's order.
    public func hints(in mode: AppState.Mode) -> [Binding] {
        let all = bindings(in: mode).filter { $0.hint != nil }
        return all.filter { $0.action == .help } + all.filter { $0.action != .help }
    }

    /// The action bound to a key in a mode: the mode's binding, else any binding of the key
    /// (a key bound only elsewhere still answers, e.g. `d` outside a comparison says how to compare).
    public func action(for key: Key, in mode: AppState.Mode) -> Action? {
        bindings(in: mode).first { $0.keys.contains(key) }?.action ?? bindings.first { $0.keys.contains(key) }?.action
    }
}
