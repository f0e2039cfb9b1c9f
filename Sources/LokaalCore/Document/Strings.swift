/// Every interface string, in English and Dutch, in one table.
///
/// Views, help, the hint bar and the command line's plain output take their
/// words from here; `S.x[lang]` reads one.
public struct S: Sendable {
    public let en: String
    public let nl: String
    public subscript(_ lang: Lang) -> String { lang == .en ? en : nl }

    public init(_ en: String, _ nl: String) { self.en = en; self.nl = nl }

    public static let regions = S("Regions", "Regio's")
    public static let municipalities = S("Municipalities", "Gemeenten")
    public static let area = S("Area", "Werkingsgebied")
    public static let challenges = S("Challenges", "Uitdagingen")
    public static let challenge = S("Challenge", "Uitdaging")
    public static let basedOn = S("Based on", "Gebaseerd op")
    public static let personas = S("Personas", "Persona's")
    public static let description = S("Description", "Beschrijving")
    public static let questions = S("Questions", "Vragen")
    public static let obstacles = S("Obstacles", "Obstakels")
    public static let outcomes = S("Intended outcomes", "Beoogde resultaten")
    public static let services = S("Services", "Dienstverlening")
    public static let need = S("Need", "Nood")
    public static let service = S("Service", "Dienstverlening")
    public static let deadline = S("Deadline", "Deadline")
    public static let deadlinePassed = S("closed", "afgelopen")
    public static let deadlineOpen = S("open", "open")
    public static let recognisability = S("Recognisability", "Herkenbaarheid")
    public static let focus = S("Chooses to focus on", "Kiest ervoor in te zetten op")
    public static let notFocus = S("Chooses not to focus on", "Kiest ervoor niet in te zetten op")
    public static let contactPeople = S("Contact people", "Contactpersonen")
    public static let submission = S("Submission", "Kandidatuur indienen")
    public static let submitTo = S("Send to", "Versturen naar")
    public static let subjectLine = S("Required subject line", "Verplicht onderwerp")
    public static let noSubject = S("no subject line required", "geen onderwerp vereist")
    public static let role = S("Role", "Functie")
    public static let organisation = S("Organisation", "Organisatie")
    public static let email = S("E-mail", "E-mail")
    public static let phone = S("Phone", "Telefoon")
    public static let notes = S("Data notes", "Opmerkingen bij de data")
    public static let yearInferred = S("year not in source", "jaar niet in de bron")
    public static let contradiction = S("the source contradicts itself", "de bron spreekt zichzelf tegen")
    public static let inTable = S("table", "tabel")
    public static let inSummary = S("summary", "samenvatting")
    public static let notFilledIn = S("not filled in by the source", "niet ingevuld in de bron")
    public static let taggedByLokaal = S("tagged by lokaal, not stated by the source", "door lokaal getagd, niet door de bron vermeld")
    public static let source = S("Source", "Bron")
    public static let date = S("Date", "Datum")
    public static let noResults = S("No results.", "Geen resultaten.")

    // Browser messages.
    public static let unboundKey = S("Unbound key %@ — press ? for help", "Geen functie voor %@ — druk ? voor hulp")
    public static let pressQToQuit = S("Press q to quit", "Druk q om af te sluiten")
    public static let noSearchYet = S("No search yet — press / to search", "Nog geen zoekopdracht — druk /")
    public static let noMatchesFor = S("No matches for \"%@\"", "Geen treffers voor \"%@\"")
    public static let match = S("match", "treffer")
    public static let matches = S("matches", "treffers")
    public static let tooSmall = S("terminal too small (need %@)", "terminal te klein (nodig: %@)")
    public static let helpTitle = S(" Help — keys ", " Hulp — toetsen ")
    public static let filter = S("Filter: ", "Filter: ")
    public static let more = S(" ↓ more ", " ↓ meer ")
    public static let mouse = S("mouse", "muis")
    public static let mouseHelp = S("Click selects, the wheel scrolls", "Klik selecteert, het wiel scrolt")

    public static let copyHint = S("y copies the selected person, Y every contact with the submission address and subject, v a vCard.",
                                   "y kopieert de geselecteerde persoon, Y alle contacten met indienadres en onderwerp, v een vCard.")
    public static let markHint = S("Mark two to four regions with Space, then press c", "Markeer twee tot vier regio's met Spatie en druk c")
    public static let marked = S("marked", "gemarkeerd")
    public static let appearsIn = S("appears in %@", "komt voor in %@")
    public static let onlyDiffs = S("only differences", "enkel verschillen")
    public static let noDifferences = S("No differences", "Geen verschillen")
    public static let copied = S("Copied %@", "Gekopieerd: %@")
    public static let couldNotCopy = S("Could not copy %@", "Kopiëren mislukt: %@")
    public static let notConfirmed = S("not confirmed by the terminal", "niet bevestigd door de terminal")
    public static let copyPopupTitle = S(" Nothing could copy — select this text by hand (Esc closes) ", " Kopiëren lukte niet — selecteer deze tekst met de hand (Esc sluit) ")
    public static let contactOf = S("%@'s contact", "contact van %@")
    public static let contactsOf = S("the contacts of %@", "de contacten van %@")
    public static let vcardOf = S("%@'s vCard", "vCard van %@")

    public static let personaHints = S("/ filter  ↑↓ move  → challenges  Enter open  Esc back  ? help",
                                       "/ filter  ↑↓ bewegen  → uitdagingen  Enter open  Esc terug  ? hulp")
    public static let compareHints = S("↑↓ scroll  ←→ column  d differences  ] [ next/prev  y Y v copy  Esc back",
                                       "↑↓ scroll  ←→ kolom  d verschillen  ] [ volgend/vorig  y Y v kopieer  Esc terug")
    public static let compareTitle = S("Compare", "Vergelijken")

    // Section names in the browser.
    public static let secOverview = S("Overview", "Overzicht")
    public static let secChallenges = S("Challenges", "Uitdagingen")
    public static let secServices = S("Services", "Diensten")
    public static let secPersonas = S("Personas", "Persona's")
    public static let secEnrichment = S("Enrichment", "Verrijking")
    public static let secLocalChoices = S("Local choices", "Lokale keuzes")
    public static let secTiming = S("Timing", "Timing")
    public static let secContacts = S("Contacts", "Contacten")
    public static let secNotes = S("Data notes", "Opmerkingen")
    public static let searchAllTitle = S("Search all regions", "Zoeken in alle regio's")
    public static let resultsHints = S("type to search  ↑↓ move  Enter open  / edit  Esc back", "typ om te zoeken  ↑↓ bewegen  Enter open  / wijzig  Esc terug")
    public static let secThemes = S("Themes", "Thema's")
    public static let themesHints = S("↑↓←→ cell  Enter what matched  Esc back  ? help", "↑↓←→ cel  Enter wat overeenkwam  Esc terug  ? hulp")
    public static let themesLegend = S("· none  ░ ▒ ▓ █ more challenges and services", "· geen  ░ ▒ ▓ █ meer uitdagingen en diensten")
    public static let noThemes = S("No themes.json in the data directory.", "Geen themes.json in de datamap.")

    /// The string with `%@` replaced by `value`.
    public func callAsFunction(_ lang: Lang, _ value: String) -> String {
        self[lang].replacingOccurrences(of: "%@", with: value)
    }
}
