import LokaalCore

/// The one table of actions, their keys and their help text.
///
/// The controller resolves keys through it, and the help overlay and the hint
/// bar are generated from it, so the help can never disagree with the keys.
public struct Keymap: Sendable {
    /// One action with its keys, help text and whether the hint bar shows it.
    public struct Binding: Sendable {
        public let action: Action
        public let keys: [Key]
        public let help: S
        public let hint: S?
        /// How the hint bar writes the keys, when not the first key's label.
        public let hintKeys: String?

        init(action: Action, keys: [Key], help: S, hint: S?, hintKeys: String? = nil) {
            self.action = action; self.keys = keys; self.help = help; self.hint = hint; self.hintKeys = hintKeys
        }
    }

    public let bindings: [Binding]

    public static let standard = Keymap(bindings: [
        Binding(action: .up, keys: [.up, .char("k")], help: S("Move up / scroll up", "Omhoog / scroll omhoog"), hint: nil),
        Binding(action: .down, keys: [.down, .char("j")], help: S("Move down / scroll down", "Omlaag / scroll omlaag"), hint: S("move", "bewegen"), hintKeys: "↑↓"),
        Binding(action: .nextPane, keys: [.right, .char("l"), .tab], help: S("Next pane", "Volgend paneel"), hint: S("panes", "panelen"), hintKeys: "←→ Tab"),
        Binding(action: .previousPane, keys: [.left, .char("h"), .backTab], help: S("Previous pane", "Vorig paneel"), hint: nil),
        Binding(action: .open, keys: [.enter], help: S("Open the selected item", "Open de selectie"), hint: S("open", "openen")),
        Binding(action: .back, keys: [.escape, .backspace], help: S("Go back / close", "Terug / sluiten"), hint: S("back", "terug")),
        Binding(action: .pageUp, keys: [.pageUp], help: S("Page up", "Pagina omhoog"), hint: nil),
        Binding(action: .pageDown, keys: [.pageDown], help: S("Page down", "Pagina omlaag"), hint: nil),
        Binding(action: .top, keys: [.home, .char("g")], help: S("Go to the top", "Naar het begin"), hint: nil),
        Binding(action: .bottom, keys: [.end, .char("G")], help: S("Go to the bottom", "Naar het einde"), hint: nil),
        Binding(action: .section1, keys: [.char("1")], help: S("Section: Overview", "Sectie: Overzicht"), hint: nil),
        Binding(action: .section2, keys: [.char("2")], help: S("Section: Challenges", "Sectie: Uitdagingen"), hint: nil),
        Binding(action: .section3, keys: [.char("3")], help: S("Section: Services", "Sectie: Dienstverlening"), hint: nil),
        Binding(action: .section4, keys: [.char("4")], help: S("Section: Personas", "Sectie: Persona's"), hint: nil),
        Binding(action: .section5, keys: [.char("5")], help: S("Section: Enrichment", "Sectie: Verrijking"), hint: nil),
        Binding(action: .section6, keys: [.char("6")], help: S("Section: Local choices", "Sectie: Lokale keuzes"), hint: nil),
        Binding(action: .section7, keys: [.char("7")], help: S("Section: Timing", "Sectie: Timing"), hint: nil),
        Binding(action: .section8, keys: [.char("8")], help: S("Section: Contacts", "Sectie: Contacten"), hint: nil),
        Binding(action: .section9, keys: [.char("9")], help: S("Section: Data notes", "Sectie: Opmerkingen"), hint: nil),
        Binding(action: .search, keys: [.char("/")], help: S("Search this region (Enter to keep, Esc to cancel)", "Zoek in deze regio (Enter houdt, Esc annuleert)"), hint: S("search", "zoeken")),
        Binding(action: .searchAll, keys: [.char("s")], help: S("Search all regions: results by region and section", "Zoek in alle regio's: treffers per regio en sectie"), hint: nil),
        Binding(action: .nextMatch, keys: [.char("n")], help: S("Next match", "Volgende treffer"), hint: nil),
        Binding(action: .previousMatch, keys: [.char("N")], help: S("Previous match", "Vorige treffer"), hint: nil),
        Binding(action: .personas, keys: [.char("p")], help: S("Personas: who appears where (/ filters)", "Persona's: wie komt waar voor (/ filtert)"), hint: S("personas", "persona's")),
        Binding(action: .themes, keys: [.char("t")], help: S("Themes × regions matrix (Enter lists matches)", "Thema's × regio's (Enter toont treffers)"), hint: S("themes", "thema's")),
        Binding(action: .mark, keys: [.char(" ")], help: S("Mark or unmark the region for comparison", "Regio (de)markeren om te vergelijken"), hint: nil),
        Binding(action: .compare, keys: [.char("c")], help: S("Compare the marked regions side by side", "Gemarkeerde regio's naast elkaar"), hint: S("compare", "vergelijk")),
        Binding(action: .onlyDifferences, keys: [.char("d")], help: S("Comparison: only rows that differ", "Vergelijking: enkel verschillen"), hint: nil),
        Binding(action: .nextDifference, keys: [.char("]")], help: S("Comparison: next difference", "Vergelijking: volgend verschil"), hint: nil),
        Binding(action: .previousDifference, keys: [.char("[")], help: S("Comparison: previous difference", "Vergelijking: vorig verschil"), hint: nil),
        Binding(action: .copyPerson, keys: [.char("y")], help: S("Copy the contact: Name <e-mail>, phone", "Kopieer contact: Naam <e-mail>, telefoon"), hint: nil),
        Binding(action: .copyBlock, keys: [.char("Y")], help: S("Copy all contacts, submission address and subject", "Kopieer alle contacten, indienadres en onderwerp"), hint: nil),
        Binding(action: .copyVCard, keys: [.char("v")], help: S("Copy the contact as a vCard", "Kopieer contact als vCard"), hint: nil),
        Binding(action: .help, keys: [.char("?")], help: S("Help: all keys (type to filter)", "Hulp: alle toetsen (typ om te filteren)"), hint: S("help", "hulp")),
        Binding(action: .redraw, keys: [.ctrl("l")], help: S("Redraw the screen", "Scherm opnieuw tekenen"), hint: nil),
        Binding(action: .suspend, keys: [.ctrl("z")], help: S("Suspend (fg to return)", "Pauzeren (fg om terug te keren)"), hint: nil),
        Binding(action: .quit, keys: [.char("q")], help: S("Quit", "Afsluiten"), hint: S("quit", "stoppen")),
    ])

    /// The action bound to a key, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
