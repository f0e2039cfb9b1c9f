import LokaalCore
/// The browser's own words in English and Dutch: messages, titles and prompts (the keys' help and hints are in ``Keymap``).
///
/// The domain keeps only content labels (``Label``); what the browser says
/// about itself lives here, next to the code that says it.
enum UIText {
    static let regions = Label("Regions", "Regio's")
    static let noResults = Label("No results.", "Geen resultaten.")
    static let mouse = Label("mouse", "muis")
    static let mouseHelp = Label("Click selects, the wheel scrolls", "Klik selecteert, het wiel scrolt")
    static let copyPopupTitle = Label(" Nothing could copy — select this text by hand (Esc closes) ", " Kopiëren lukte niet — selecteer deze tekst met de hand (Esc sluit) ")
    static let unboundKey = Label("Unbound key %@ — press ? for help", "Geen functie voor %@ — druk ? voor hulp")
    static let pressQToQuit = Label("Press q to quit", "Druk q om af te sluiten")
    static let noSearchYet = Label("No search yet — press / to search", "Nog geen zoekopdracht — druk /")
    static let noMatchesFor = Label("No matches for \"%@\"", "Geen treffers voor \"%@\"")
    static let match = Label("match", "treffer")
    static let matches = Label("matches", "treffers")
    static let tooSmall = Label("terminal too small (need %@)", "terminal te klein (nodig: %@)")
    static let helpTitle = Label(" Help — keys ", " Hulp — toetsen ")
    static let filter = Label("Filter: ", "Filter: ")
    static let more = Label(" ↓ more ", " ↓ meer ")
    static let copyHint = Label("y copies the selected person, Y every contact with the submission address and subject, v a vCard.",
                                   "y kopieert de geselecteerde persoon, Y alle contacten met indienadres en onderwerp, v een vCard.")
    static let markHint = Label("Mark two to four regions with Space, then press c", "Markeer twee tot vier regio's met Spatie en druk c")
    static let marked = Label("marked", "gemarkeerd")
    static let appearsIn = Label("appears in %@", "komt voor in %@")
    static let onlyDiffs = Label("only differences", "enkel verschillen")
    static let noDifferences = Label("No differences", "Geen verschillen")
    static let copied = Label("Copied %@", "Gekopieerd: %@")
    static let couldNotCopy = Label("Could not copy %@", "Kopiëren mislukt: %@")
    static let notConfirmed = Label("not confirmed by the terminal", "niet bevestigd door de terminal")
    static let contactOf = Label("%@'s contact", "contact van %@")
    static let contactsOf = Label("the contacts of %@", "de contacten van %@")
    static let vcardOf = Label("%@'s vCard", "vCard van %@")
    static let compareTitle = Label("Compare", "Vergelijken")
    static let searchAllTitle = Label("Search all regions", "Zoeken in alle regio's")
    static let themesLegend = Label("· none  ░ ▒ ▓ █ more challenges and services", "· geen  ░ ▒ ▓ █ meer uitdagingen en diensten")
    static let noThemes = Label("No themes.json in the data directory.", "Geen themes.json in de datamap.")
    static let deadlinePassed = Label("closed", "afgelopen")
    static let deadlineOpen = Label("open", "open")
    static let timelineTitle = Label("Timeline", "Tijdlijn")
    static let relative = Label("relative", "relatief")
    static let todayLine = Label("today %@", "vandaag %@")
    static let relativeHeading = Label("relative to another date: no day in the source", "ten opzichte van een andere datum: geen dag in de bron")
    static let timelineAllPast = Label("The call is from spring 2023: all these dates have passed (today %@).",
                                       "De oproep is van voorjaar 2023: al deze data zijn voorbij (vandaag %@).")
    static let timelineSomePast = Label("The call is from spring 2023: %1 of %2 dates have passed (today %@); past ones are dimmed.",
                                        "De oproep is van voorjaar 2023: %1 van %2 data zijn voorbij (vandaag %@); die zijn gedimd.")
    static let noMilestones = Label("No milestones.", "Geen mijlpalen.")

    /// A milestone's kind, as the timeline's column names it.
    static func kind(_ k: Milestone.Kind) -> Label {
        switch k {
        case .launch: Label("launch", "lancering")
        case .deadline: Label("deadline", "deadline")
        case .review: Label("review", "beoordeling")
        case .pitches: Label("pitches", "pitches")
        case .decision: Label("decision", "beslissing")
        case .rebuttal: Label("rebuttal", "weerwoord")
        case .matching: Label("matching", "matching")
        case .communication: Label("communication", "communicatie")
        }
    }

    static let fitTitle = Label("Where does my offer fit", "Waar past mijn aanbod")
    static let fitPrompt = Label("Offer: ", "Aanbod: ")
    static let fitHit = Label("need fits, best first", "nood past, beste eerst")
    static let fitHits = Label("needs fit, best first", "noden passen, beste eerst")
    static let fitIntro = Label("Describe what your organisation offers, in Dutch or English (\"wij bieden schuldhulpverlening en budgetbeheer\"): every challenge and service need of every region is ranked as you type, with why. Enter opens the selected one in its region.",
                                "Beschrijf wat je organisatie aanbiedt, in het Nederlands of Engels (\"wij bieden schuldhulpverlening en budgetbeheer\"): elke uitdaging en elke nood aan dienstverlening van elke regio wordt gerangschikt terwijl je typt, met waarom. Enter opent de geselecteerde in haar regio.")
    static let fitMeaningless = Label("No meaningful words in \"%@\" yet: only stop words, short numbers or punctuation. Describe the offer in words.",
                                      "Nog geen betekenisvolle woorden in \"%@\": enkel stopwoorden, korte getallen of leestekens. Beschrijf het aanbod in woorden.")
    static let fitNothing = Label("No challenge or service need fits this offer.", "Geen uitdaging of nood aan dienstverlening past bij dit aanbod.")
    static let fitWhy = Label("why: ", "waarom: ")
    static let fitTheme = Label("%@ theme", "thema %@")

    // Aligned comparison and similar items (issue 12).
    static let why = Label("why", "waarom")
    static let similarTitle = Label("More like this", "Meer zoals dit")
    static let noSimilar = Label("No similar items in other regions.", "Geen gelijkaardige items in andere regio's.")
    static let similarHint = Label("m on a challenge or a service lists the most similar items of other regions",
                                   "m op een uitdaging of dienst toont de meest gelijkaardige items van andere regio's")
}
