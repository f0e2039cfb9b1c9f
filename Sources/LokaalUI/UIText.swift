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
    // Aligned comparison and similar items (issue 12).
    static let why = Label("why", "waarom")
    static let theme = Label("theme", "thema")
    static let similarTitle = Label("More like this", "Meer zoals dit")
    static let noSimilar = Label("No similar items in other regions.", "Geen gelijkaardige items in andere regio's.")
    static let similarHint = Label("m on a challenge or a service lists the most similar items of other regions",
                                   "m op een uitdaging of dienst toont de meest gelijkaardige items van andere regio's")
}
