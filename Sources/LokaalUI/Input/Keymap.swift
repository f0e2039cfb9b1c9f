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
        public let help: S
        public let hint: S?
        /// How the hint bar writes the keys, when not the first key's label.
        public let hintKeys: String?

        init(_ action: Action, _ keys: [Key], in modes: [AppState.Mode] = [], help: S, hint: S? = nil, hintKeys: String? = nil) {
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
        Binding(.section(i), [e.key], in: [.browse], help: S("Section: " + e.title.en, "Sectie: " + e.title.nl))
    }

    public static let standard = Keymap(bindings: [
        Binding(.up, [.up, .char("k")], help: S("Move up / scroll up", "Omhoog / scroll omhoog")),
        Binding(.down, [.down, .char("j")], help: S("Move down / scroll down", "Omlaag / scroll omlaag"), hint: S("move", "bewegen"), hintKeys: "↑↓"),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.browse], help: S("Next pane", "Volgend paneel"), hint: S("panes", "panelen"), hintKeys: "←→ Tab"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.browse], help: S("Previous pane", "Vorig paneel")),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.personas], help: S("The challenges based on the persona", "De uitdagingen op basis van de persona"), hint: S("challenges", "uitdagingen"), hintKeys: "→"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.personas], help: S("Back to the list of personas", "Terug naar de lijst van persona's")),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.compare], help: S("Next column", "Volgende kolom"), hint: S("column", "kolom"), hintKeys: "←→"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.compare], help: S("Previous column", "Vorige kolom")),
        Binding(.nextPane, [.right, .char("l"), .tab], in: [.themes], help: S("Next region", "Volgende regio"), hint: S("cell", "cel"), hintKeys: "←→"),
        Binding(.previousPane, [.left, .char("h"), .backTab], in: [.themes], help: S("Previous region", "Vorige regio")),
        Binding(.open, [.enter], in: [.browse, .personas, .results], help: S("Open the selected item", "Open de selectie"), hint: S("open", "openen")),
        Binding(.open, [.enter], in: [.themes], help: S("List what matched, and why", "Toon wat overeenkwam, en waarom"), hint: S("what matched", "wat overeenkwam")),
        Binding(.back, [.escape, .backspace], help: S("Go back / close", "Terug / sluiten"), hint: S("back", "terug")),
        Binding(.pageUp, [.pageUp], help: S("Page up", "Pagina omhoog")),
        Binding(.pageDown, [.pageDown], help: S("Page down", "Pagina omlaag")),
        Binding(.top, [.home, .char("g")], help: S("Go to the top", "Naar het begin")),
        Binding(.bottom, [.end, .char("G")], help: S("Go to the bottom", "Naar het einde")),
    ] + sectionBindings + [
        Binding(.search, [.char("/")], in: [.browse], help: S("Search this region (Enter to keep, Esc to cancel)", "Zoek in deze regio (Enter houdt, Esc annuleert)"), hint: S("search", "zoeken")),
        Binding(.search, [.char("/")], in: [.personas], help: S("Filter the personas as you type", "Filter de persona's terwijl je typt"), hint: S("filter", "filter")),
        Binding(.search, [.char("/")], in: [.results], help: S("Edit the query", "Wijzig de zoekopdracht"), hint: S("edit", "wijzig")),
        Binding(.searchAll, [.char("s")], help: S("Search all regions: results by region and section", "Zoek in alle regio's: treffers per regio en sectie")),
        Binding(.nextMatch, [.char("n")], in: [.browse], help: S("Next match", "Volgende treffer")),
        Binding(.previousMatch, [.char("N")], in: [.browse], help: S("Previous match", "Vorige treffer")),
        Binding(.personas, [.char("p")], in: [.browse], help: S("Personas: who appears where (/ filters)", "Persona's: wie komt waar voor (/ filtert)"), hint: S("personas", "persona's")),
        Binding(.personas, [.char("p")], in: [.compare, .themes, .results], help: S("Personas: who appears where (/ filters)", "Persona's: wie komt waar voor (/ filtert)")),
        Binding(.personas, [.char("p")], in: [.personas], help: S("Close the personas", "Sluit de persona's")),
        Binding(.themes, [.char("t")], in: [.browse], help: S("Themes × regions matrix (Enter lists matches)", "Thema's × regio's (Enter toont treffers)"), hint: S("themes", "thema's")),
        Binding(.themes, [.char("t")], in: [.personas, .compare, .results], help: S("Themes × regions matrix (Enter lists matches)", "Thema's × regio's (Enter toont treffers)")),
        Binding(.themes, [.char("t")], in: [.themes], help: S("Close the themes", "Sluit de thema's")),
        Binding(.mark, [.char(" ")], in: [.browse], help: S("Mark or unmark the region for comparison", "Regio (de)markeren om te vergelijken")),
        Binding(.compare, [.char("c")], in: [.browse], help: S("Compare the marked regions side by side", "Gemarkeerde regio's naast elkaar"), hint: S("compare", "vergelijk")),
        Binding(.compare, [.char("c")], in: [.compare], help: S("Close the comparison", "Sluit de vergelijking")),
        Binding(.onlyDifferences, [.char("d")], in: [.compare], help: S("Only rows that differ (again: all rows)", "Enkel verschillen (opnieuw: alle rijen)"), hint: S("differences", "verschillen")),
        Binding(.nextDifference, [.char("]")], in: [.compare], help: S("Next difference", "Volgend verschil"), hint: S("next/prev", "volgend/vorig"), hintKeys: "] ["),
        Binding(.previousDifference, [.char("[")], in: [.compare], help: S("Previous difference", "Vorig verschil")),
        Binding(.copyPerson, [.char("y")], in: [.browse], help: S("Copy the contact: Name <e-mail>, phone", "Kopieer contact: Naam <e-mail>, telefoon")),
        Binding(.copyBlock, [.char("Y")], in: [.browse], help: S("Copy all contacts, submission address and subject", "Kopieer alle contacten, indienadres en onderwerp")),
        Binding(.copyVCard, [.char("v")], in: [.browse], help: S("Copy the contact as a vCard", "Kopieer contact als vCard")),
        Binding(.copyPerson, [.char("y")], in: [.compare], help: S("Copy the column's first contact: Name <e-mail>, phone", "Kopieer het eerste contact van de kolom"), hint: S("copy", "kopieer"), hintKeys: "y Y v"),
        Binding(.copyBlock, [.char("Y")], in: [.compare], help: S("Copy the column's contacts, submission address and subject", "Kopieer de contacten van de kolom, indienadres en onderwerp")),
        Binding(.copyVCard, [.char("v")], in: [.compare], help: S("Copy the column's first contact as a vCard", "Kopieer het eerste contact van de kolom als vCard")),
        Binding(.help, [.char("?")], help: S("Help: all keys (type to filter)", "Hulp: alle toetsen (typ om te filteren)"), hint: S("help", "hulp")),
        Binding(.redraw, [.ctrl("l")], help: S("Redraw the screen", "Scherm opnieuw tekenen")),
        Binding(.suspend, [.ctrl("z")], help: S("Suspend (fg to return)", "Pauzeren (fg om terug te keren)")),
        Binding(.quit, [.char("q")], help: S("Quit", "Afsluiten"), hint: S("quit", "stoppen")),
    ])

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
