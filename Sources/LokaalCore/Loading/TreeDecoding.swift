/// The model read straight from the parsed tree, without `Decodable`: the loader's fast path.
///
/// `Decodable` goes through existential decoders and generic containers
/// (`KeyedDecodingContainer<Region.CodingKeys>`, `Array<Challenge>`'s conditional
/// conformance), and the runtime builds their metadata and looks their conformances up
/// the first time: most of loading the bundled data at start-up, and megabytes of
/// runtime code paged in (make bench, issue 14). These initializers are plain code over
/// ``JSONValue`` that the compiler specializes, reading each type's fields by the same
/// names its synthesized `CodingKeys` use.
///
/// They accept exactly what ``JSONValueDecoder`` accepts (strings, whole numbers as
/// ``JSONValue/integer(_:as:)`` reads them, enum raw values, a missing or null optional,
/// no member the type does not name, `$schema` only at the top) and build the same
/// value; `TreeDecodingTests` holds them to it on every bundled file and every mutation.
/// They say nothing about what is wrong: on any mismatch ``RegionFileDecoder`` decodes
/// with `Decodable`, which says where and what. A field added to a model type must be
/// read here too, or its initializer does not compile.
protocol TreeDecodable {
    init(tree: inout TreeObject) throws(TreeMismatch)
}

/// The tree does not fit the type; ``RegionFileDecoder`` finds out why.
struct TreeMismatch: Error {}

extension TreeDecodable {
    /// Decodes the document's top value: an object whose members are all read (and `$schema`).
    init(document: JSONValue) throws(TreeMismatch) {
        var o = try TreeObject(document, root: true)
        self = try Self(tree: &o)
        try o.finish()
    }
}

/// One JSON object being read: its members, and how many the type has read, so that a
/// member the type does not name is a mismatch (as ``KeyLog`` finds for `Decodable`).
struct TreeObject {
    private let members: [String: JSONValue]
    private var read = 0

    init(_ value: JSONValue, root: Bool = false) throws(TreeMismatch) {
        guard case .object(let m) = value else { throw TreeMismatch() }
        members = m
        if root && m["$schema"] != nil { read = 1 }
    }

    /// Every member was read.
    func finish() throws(TreeMismatch) {
        if read != members.count { throw TreeMismatch() }
    }

    /// A required member.
    private mutating func member(_ key: String) throws(TreeMismatch) -> JSONValue {
        guard let v = members[key] else { throw TreeMismatch() }
        read += 1
        return v
    }

    /// An optional member: nil when missing or null.
    private mutating func optional(_ key: String) -> JSONValue? {
        guard let v = members[key] else { return nil }
        read += 1
        if case .null = v { return nil }
        return v
    }

    mutating func string(_ key: String) throws(TreeMismatch) -> String {
        try Self.string(member(key))
    }

    mutating func optionalString(_ key: String) throws(TreeMismatch) -> String? {
        guard let v = optional(key) else { return nil }
        return try Self.string(v)
    }

    mutating func strings(_ key: String) throws(TreeMismatch) -> [String] {
        try Self.strings(member(key))
    }

    mutating func optionalStrings(_ key: String) throws(TreeMismatch) -> [String]? {
        guard let v = optional(key) else { return nil }
        return try Self.strings(v)
    }

    mutating func int(_ key: String) throws(TreeMismatch) -> Int {
        guard case .number(let literal) = try member(key), let n = JSONValue.integer(literal, as: Int.self) else { throw TreeMismatch() }
        return n
    }

    mutating func bool(_ key: String) throws(TreeMismatch) -> Bool {
        guard case .bool(let b) = try member(key) else { throw TreeMismatch() }
        return b
    }

    mutating func optionalBool(_ key: String) throws(TreeMismatch) -> Bool? {
        guard let v = optional(key) else { return nil }
        guard case .bool(let b) = v else { throw TreeMismatch() }
        return b
    }

    mutating func value<E: RawRepresentable<String>>(_ key: String) throws(TreeMismatch) -> E {
        guard let e = E(rawValue: try Self.string(member(key))) else { throw TreeMismatch() }
        return e
    }

    mutating func optionalValue<E: RawRepresentable<String>>(_ key: String) throws(TreeMismatch) -> E? {
        guard let v = optional(key) else { return nil }
        guard let e = E(rawValue: try Self.string(v)) else { throw TreeMismatch() }
        return e
    }

    mutating func object<T: TreeDecodable>(_ key: String) throws(TreeMismatch) -> T {
        try Self.object(member(key))
    }

    mutating func objects<T: TreeDecodable>(_ key: String) throws(TreeMismatch) -> [T] {
        guard case .array(let elements) = try member(key) else { throw TreeMismatch() }
        var out: [T] = []
        out.reserveCapacity(elements.count)
        for e in elements { out.append(try Self.object(e)) }
        return out
    }

    private static func string(_ v: JSONValue) throws(TreeMismatch) -> String {
        guard case .string(let s) = v else { throw TreeMismatch() }
        return s
    }

    private static func strings(_ v: JSONValue) throws(TreeMismatch) -> [String] {
        guard case .array(let elements) = v else { throw TreeMismatch() }
        var out: [String] = []
        out.reserveCapacity(elements.count)
        for e in elements {
            guard case .string(let s) = e else { throw TreeMismatch() }
            out.append(s)
        }
        return out
    }

    private static func object<T: TreeDecodable>(_ v: JSONValue) throws(TreeMismatch) -> T {
        var o = try TreeObject(v)
        let t = try T(tree: &o)
        try o.finish()
        return t
    }
}

extension Region: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        id = try o.string("id")
        name = try o.string("name")
        source = try o.string("source")
        title = try o.string("title")
        area = try o.string("area")
        municipalities = try o.strings("municipalities")
        challengesIntro = try o.strings("challengesIntro")
        challenges = try o.objects("challenges")
        enrichment = try o.object("enrichment")
        arena = try o.object("arena")
        personas = try o.object("personas")
        localInput = try o.object("localInput")
        timing = try o.object("timing")
        contacts = try o.object("contacts")
        notes = try o.objects("notes")
    }
}

extension Challenge: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        number = try o.int("number")
        basedOn = try o.string("basedOn")
        personas = try o.strings("personas")
        description = try o.strings("description")
        obstacles = try o.strings("obstacles")
        questions = try o.strings("questions")
        outcomes = try o.strings("outcomes")
        closing = try o.strings("closing")
    }
}

extension Enrichment: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        title = try o.string("title")
        date = try o.optionalString("date")
        intro = try o.strings("intro")
        groups = try o.objects("groups")
        recognisability = try o.objects("recognisability")
        closing = try o.strings("closing")
    }
}

extension Enrichment.Group: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        kind = try o.value("kind")
        heading = try o.optionalString("heading")
        items = try o.strings("items")
    }
}

extension Enrichment.Recognisability: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        challenge = try o.int("challenge")
        text = try o.string("text")
        levels = try o.objects("levels")
    }
}

extension Enrichment.Recognisability.Level: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        label = try o.string("label")
        percent = try o.int("percent")
    }
}

extension Arena: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        title = try o.string("title")
        date = try o.optionalString("date")
        intro = try o.strings("intro")
        services = try o.objects("services")
        closing = try o.strings("closing")
    }
}

extension Arena.Service: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        need = try o.optionalString("need")
        offer = try o.strings("offer")
        items = try o.strings("items")
    }
}

extension PersonaSection: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        intro = try o.strings("intro")
        names = try o.strings("names")
    }
}

extension LocalInput: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        paragraphs = try o.strings("paragraphs")
        focus = try o.objects("focus")
        notFocus = try o.objects("notFocus")
        trailing = try o.optionalStrings("trailing")
    }
}

extension LocalInput.Choice: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        text = try o.string("text")
        items = try o.strings("items")
    }
}

extension Timing: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        summaryIntro = try o.optionalString("summaryIntro")
        summary = try o.objects("summary")
        milestones = try o.objects("milestones")
    }
}

extension Timing.SummaryItem: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        label = try o.string("label")
        text = try o.optionalString("text")
        kind = try o.optionalValue("kind")
        pattern = try o.optionalValue("pattern")
        dates = try o.optionalStrings("dates")
        time = try o.optionalString("time")
        yearInferred = try o.optionalBool("yearInferred")
    }
}

extension Milestone: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        self.init(kind: try o.value("kind"), label: try o.string("label"), text: try o.string("text"),
                  pattern: try o.value("pattern"), dates: try o.strings("dates"), time: try o.optionalString("time"),
                  times: try o.optionalStrings("times"), relative: try o.optionalString("relative"),
                  yearInferred: try o.optionalBool("yearInferred"))
    }
}

extension Contacts: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        intro = try o.string("intro")
        people = try o.objects("people")
        submission = try o.object("submission")
    }
}

extension Person: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        name = try o.string("name")
        nameAsWritten = try o.optionalString("nameAsWritten")
        role = try o.optionalString("role")
        organisation = try o.optionalString("organisation")
        email = try o.string("email")
        phone = try o.optionalString("phone")
        phoneIntl = try o.optionalString("phoneIntl")
    }
}

extension Submission: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        text = try o.string("text")
        email = try o.string("email")
        subject = try o.optionalString("subject")
        deadline = try o.optionalString("deadline")
        contact = try o.optionalString("contact")
    }
}

extension DataNote: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        path = try o.string("path")
        kind = try o.value("kind")
        text = try o.string("text")
    }
}

extension ThemeVocabulary: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        themes = try o.objects("themes")
        overrides = try o.objects("overrides")
    }
}

extension ThemeVocabulary.Theme: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        self.init(id: try o.string("id"), en: try o.string("en"), nl: try o.string("nl"),
                  terms: try o.strings("terms"), termsEn: try o.optionalStrings("termsEn") ?? [])
    }
}

extension ThemeVocabulary.Override: TreeDecodable {
    init(tree o: inout TreeObject) throws(TreeMismatch) {
        region = try o.string("region")
        kind = try o.value("kind")
        number = try o.int("number")
        theme = try o.string("theme")
        tag = try o.bool("tag")
        why = try o.string("why")
    }
}
