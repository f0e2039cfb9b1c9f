/// A label in English and Dutch: the domain's content labels ("Challenge", "Deadline"), in one table.
///
/// The addenda's documents (``SectionDocument``) and the command line's plain
/// output take their labels from here; `Label.x[lang]` reads one. The
/// browser's own words (messages, hints, help) live in LokaalUI's `UIText`.
public struct Label: Sendable {
    public let en: String
    public let nl: String
    public subscript(_ lang: Lang) -> String { lang == .en ? en : nl }

    public init(_ en: String, _ nl: String) { self.en = en; self.nl = nl }

    public static let municipalities = Label("Municipalities", "Gemeenten")
    public static let area = Label("Area", "Werkingsgebied")
    public static let challenges = Label("Challenges", "Uitdagingen")
    public static let challenge = Label("Challenge", "Uitdaging")
    public static let basedOn = Label("Based on", "Gebaseerd op")
    public static let personas = Label("Personas", "Persona's")
    public static let description = Label("Description", "Beschrijving")
    public static let questions = Label("Questions", "Vragen")
    public static let obstacles = Label("Obstacles", "Obstakels")
    public static let outcomes = Label("Intended outcomes", "Beoogde resultaten")
    public static let services = Label("Services", "Dienstverlening")
    public static let need = Label("Need", "Nood")
    public static let service = Label("Service", "Dienstverlening")
    public static let deadline = Label("Deadline", "Deadline")
    public static let recognisability = Label("Recognisability", "Herkenbaarheid")
    public static let focus = Label("Chooses to focus on", "Kiest ervoor in te zetten op")
    public static let notFocus = Label("Chooses not to focus on", "Kiest ervoor niet in te zetten op")
    public static let contactPeople = Label("Contact people", "Contactpersonen")
    public static let submission = Label("Submission", "Kandidatuur indienen")
    public static let submitTo = Label("Send to", "Versturen naar")
    public static let subjectLine = Label("Required subject line", "Verplicht onderwerp")
    public static let noSubject = Label("no subject line required", "geen onderwerp vereist")
    public static let role = Label("Role", "Functie")
    public static let organisation = Label("Organisation", "Organisatie")
    public static let email = Label("E-mail", "E-mail")
    public static let phone = Label("Phone", "Telefoon")
    public static let notes = Label("Data notes", "Opmerkingen bij de data")
    public static let yearInferred = Label("year not in source", "jaar niet in de bron")
    public static let contradiction = Label("the source contradicts itself", "de bron spreekt zichzelf tegen")
    public static let inTable = Label("table", "tabel")
    public static let inSummary = Label("summary", "samenvatting")
    public static let notFilledIn = Label("not filled in by the source", "niet ingevuld in de bron")
    public static let taggedByLokaal = Label("tagged by lokaal, not stated by the source", "door lokaal getagd, niet door de bron vermeld")
    public static let source = Label("Source", "Bron")
    public static let date = Label("Date", "Datum")
    // Aligned comparison (issue 12).
    public static let themesWord = Label("themes", "thema's")
    public static let wordsWord = Label("words", "woorden")
    public static let same = Label("same", "zelfde")
    public static let similar = Label("similar", "gelijkaardig")
    public static let onlyIn = Label("only in %@", "enkel in %@")
    public static let challengesNoun = Label("challenges", "uitdagingen")
    public static let serviceTypes = Label("service types", "soorten dienstverlening")
    public static let shared = Label("shared", "gedeeld")
    public static let of = Label("of", "van")
    public static let sameHeading = Label("same heading, other text", "zelfde kop, andere tekst")





    /// The string with `%@` replaced by `value`.
    public func callAsFunction(_ lang: Lang, _ value: String) -> String {
        ByteText.replacing(self[lang], "%@", with: value)
    }
}
