/// One piece of text of a region, named by section and field, for search and indexing.
///
/// The field enumeration is the single list of everything lokaal can search:
/// a search hit says which region, section and field it came from.
public struct TextField: Sendable, Equatable {
    public let regionID: String
    public let section: Section
    /// A readable field name, e.g. "Uitdaging 3 · vraag 2".
    public let name: String
    /// The JSON path of the field in the region file.
    public let path: String
    public let text: String
    /// The challenge this field belongs to, if any.
    public let challenge: Int?

    /// Every text field of a region, in the order the addendum reads.
    public static func fields(of r: Region) -> [TextField] {
        var out: [TextField] = []
        walk(r) { section, field, path, text, challenge in
            out.append(TextField(regionID: r.id, section: section, name: field(), path: path(), text: text, challenge: challenge))
        }
        return out
    }

    /// The text of every field of a region, in the order of ``fields(of:)``, without
    /// building their names and paths (for the search index).
    public static func texts(of r: Region) -> [String] {
        var out: [String] = []
        walk(r) { _, _, _, text, _ in out.append(text) }
        return out
    }

    /// The fields at these positions of ``fields(of:)`` (ascending), built in one walk.
    public static func fields(at positions: [Int], of r: Region) -> [TextField] {
        var out: [TextField] = []
        out.reserveCapacity(positions.count)
        var i = 0, next = 0
        walk(r) { section, field, path, text, challenge in
            defer { i += 1 }
            guard next < positions.count, positions[next] == i else { return }
            next += 1
            out.append(TextField(regionID: r.id, section: section, name: field(), path: path(), text: text, challenge: challenge))
        }
        return out
    }

    /// The one enumeration of a region's text fields. Names and paths are passed unbuilt:
    /// building thousands of them was most of the cost of indexing for search.
    private static func walk(_ r: Region, _ visit: (Section, () -> String, () -> String, String, Int?) -> Void) {
        func add(_ section: Section, _ field: @autoclosure () -> String, _ path: @autoclosure () -> String, _ text: String, challenge: Int? = nil) {
            withoutActuallyEscaping(field) { field in
                withoutActuallyEscaping(path) { path in visit(section, field, path, text, challenge) }
            }
        }
        func addAll(_ section: Section, _ field: @autoclosure () -> String, _ path: @autoclosure () -> String, _ list: [String], challenge: Int? = nil) {
            for (i, t) in list.enumerated() {
                add(section, list.count > 1 ? "\(field()) \(i + 1)" : field(), "\(path())[\(i)]", t, challenge: challenge)
            }
        }
        add(.overview, "name", "$.name", r.name)
        add(.overview, "area", "$.area", r.area)
        addAll(.overview, "municipality", "$.municipalities", r.municipalities)
        addAll(.challenges, "intro", "$.challengesIntro", r.challengesIntro)
        for (i, c) in r.challenges.enumerated() {
            let p = "$.challenges[\(i)]"
            let n = c.number
            add(.challenges, "challenge \(n) · based on", "\(p).basedOn", c.basedOn, challenge: n)
            addAll(.challenges, "challenge \(n) · description", "\(p).description", c.description, challenge: n)
            addAll(.challenges, "challenge \(n) · obstacle", "\(p).obstacles", c.obstacles, challenge: n)
            addAll(.challenges, "challenge \(n) · question", "\(p).questions", c.questions, challenge: n)
            addAll(.challenges, "challenge \(n) · outcome", "\(p).outcomes", c.outcomes, challenge: n)
            addAll(.challenges, "challenge \(n) · closing", "\(p).closing", c.closing, challenge: n)
        }
        let e = r.enrichment
        addAll(.enrichment, "intro", "$.enrichment.intro", e.intro)
        for (i, g) in e.groups.enumerated() {
            if let h = g.heading { add(.enrichment, "\(g.kind.rawValue) heading", "$.enrichment.groups[\(i)].heading", h) }
            addAll(.enrichment, g.kind.rawValue, "$.enrichment.groups[\(i)].items", g.items)
        }
        for (i, rec) in e.recognisability.enumerated() {
            add(.enrichment, "recognisability \(rec.challenge)", "$.enrichment.recognisability[\(i)].text", rec.text, challenge: rec.challenge)
        }
        addAll(.enrichment, "closing", "$.enrichment.closing", e.closing)
        addAll(.services, "intro", "$.arena.intro", r.arena.intro)
        for (i, s) in r.arena.services.enumerated() {
            let p = "$.arena.services[\(i)]"
            if let need = s.need { add(.services, "service \(i + 1) · need", "\(p).need", need) }
            addAll(.services, "service \(i + 1) · offer", "\(p).offer", s.offer)
            addAll(.services, "service \(i + 1) · item", "\(p).items", s.items)
        }
        addAll(.services, "closing", "$.arena.closing", r.arena.closing)
        addAll(.personas, "intro", "$.personas.intro", r.personas.intro)
        addAll(.personas, "persona", "$.personas.names", r.personas.names)
        let l = r.localInput
        addAll(.localChoices, "context", "$.localInput.paragraphs", l.paragraphs)
        for (i, c) in l.focus.enumerated() {
            add(.localChoices, "focus", "$.localInput.focus[\(i)].text", c.text)
            addAll(.localChoices, "focus · reason", "$.localInput.focus[\(i)].items", c.items)
        }
        for (i, c) in l.notFocus.enumerated() {
            add(.localChoices, "not focus", "$.localInput.notFocus[\(i)].text", c.text)
            addAll(.localChoices, "not focus · reason", "$.localInput.notFocus[\(i)].items", c.items)
        }
        addAll(.localChoices, "trailing", "$.localInput.trailing", l.trailing ?? [])
        if let intro = r.timing.summaryIntro { add(.timing, "summary", "$.timing.summaryIntro", intro) }
        for (i, s) in r.timing.summary.enumerated() {
            add(.timing, "summary", "$.timing.summary[\(i)].label", s.label)
            if let t = s.text { add(.timing, s.label, "$.timing.summary[\(i)].text", t) }
        }
        for (i, m) in r.timing.milestones.enumerated() {
            add(.timing, m.label, "$.timing.milestones[\(i)].text", m.text)
        }
        let c = r.contacts
        add(.contacts, "intro", "$.contacts.intro", c.intro)
        for (i, p) in c.people.enumerated() {
            let path = "$.contacts.people[\(i)]"
            add(.contacts, "name", "\(path).name", p.name)
            if let role = p.role { add(.contacts, "role", "\(path).role", role) }
            if let org = p.organisation { add(.contacts, "organisation", "\(path).organisation", org) }
            add(.contacts, "e-mail", "\(path).email", p.email)
            if let phone = p.phone { add(.contacts, "phone", "\(path).phone", phone) }
        }
        add(.contacts, "submission", "$.contacts.submission.text", c.submission.text)
        if let s = c.submission.subject { add(.contacts, "subject line", "$.contacts.submission.subject", s) }
        for (i, n) in r.notes.enumerated() {
            add(.notes, "note (\(n.kind.rawValue))", "$.notes[\(i)].text", n.text)
        }
    }
}
