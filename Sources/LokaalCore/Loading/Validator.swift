
/// Checks what decoding cannot: ids, numbering, persona references, dates,
/// e-mail and phone forms, and that every part of an addendum is present.
public enum Validator {
    /// Every problem in one decoded region, each with its JSON path.
    public static func validate(_ r: Region, fileName: String, file: String) -> [LoadError] {
        var out: [LoadError] = []
        func fail(_ path: String, _ message: String) {
            out.append(LoadError(.invalid, file: file, path: path, message: message))
        }
        // Paths are built only for a problem: most values are fine.
        func nonEmpty(_ s: String, _ path: @autoclosure () -> String) {
            if s.allSatisfy(\.isWhitespace) { fail(path(), "must not be empty") }
        }
        func nonEmpty(_ list: [String], _ path: @autoclosure () -> String) {
            for (i, s) in list.enumerated() { nonEmpty(s, "\(path())[\(i)]") }
        }

        if !isValidID(r.id) { fail("$.id", "must be lower-case letters, digits and single hyphens") }
        let stem = PathText.deletingExtension(fileName)
        if r.id != stem { fail("$.id", "is \"\(r.id)\" but the file is named \(fileName); they must match") }
        nonEmpty(r.name, "$.name")
        if r.municipalities.isEmpty { fail("$.municipalities", "must list at least one municipality") }
        nonEmpty(r.municipalities, "$.municipalities")

        // Challenges: numbered 1…n, each with content and personas the region names.
        if r.challenges.isEmpty { fail("$.challenges", "must contain at least one challenge") }
        var numbers = Set<Int>()
        let names = Set(r.personas.names)
        for (i, c) in r.challenges.enumerated() {
            let p = "$.challenges[\(i)]"
            if !numbers.insert(c.number).inserted { fail("\(p).number", "duplicate challenge number \(c.number)") }
            if c.number != i + 1 { fail("\(p).number", "is \(c.number), expected \(i + 1) (challenges are numbered 1, 2, … in order)") }
            if c.personas.isEmpty { fail("\(p).personas", "must name at least one persona") }
            for (j, name) in c.personas.enumerated() where !names.contains(name) {
                fail("\(p).personas[\(j)]", "persona \"\(name)\" is not in $.personas.names")
            }
            if c.description.isEmpty && c.questions.isEmpty && c.obstacles.isEmpty {
                fail(p, "has no description, questions or obstacles")
            }
            for (field, list) in [("description", c.description), ("obstacles", c.obstacles),
                                  ("questions", c.questions), ("outcomes", c.outcomes), ("closing", c.closing)] {
                nonEmpty(list, "\(p).\(field)")
            }
        }
        if r.personas.names.isEmpty { fail("$.personas.names", "must list at least one persona") }
        let used = Set(r.challenges.flatMap(\.personas))
        for (i, name) in r.personas.names.enumerated() {
            if !used.contains(name) { fail("$.personas.names[\(i)]", "persona \"\(name)\" is named by no challenge") }
            if r.personas.names.firstIndex(of: name) != i { fail("$.personas.names[\(i)]", "duplicate persona \"\(name)\"") }
        }

        // Enrichment.
        for (i, g) in r.enrichment.groups.enumerated() where g.items.isEmpty {
            fail("$.enrichment.groups[\(i)].items", "must not be empty")
        }
        for (i, rec) in r.enrichment.recognisability.enumerated() {
            let p = "$.enrichment.recognisability[\(i)]"
            if !numbers.contains(rec.challenge) { fail("\(p).challenge", "refers to challenge \(rec.challenge), which does not exist") }
            let total = rec.levels.reduce(0) { $0 + $1.percent }
            if total != 100 { fail("\(p).levels", "percentages add up to \(total), not 100") }
            for (j, l) in rec.levels.enumerated() where !(0...100).contains(l.percent) {
                fail("\(p).levels[\(j)].percent", "must be between 0 and 100")
            }
        }
        if let d = r.enrichment.date, !isValidDate(d) { fail("$.enrichment.date", "\"\(d)\" is not a valid date (YYYY-MM-DD)") }

        // Arena.
        if r.arena.services.isEmpty { fail("$.arena.services", "must list at least one service") }
        for (i, s) in r.arena.services.enumerated() where s.offer.isEmpty {
            fail("$.arena.services[\(i)].offer", "must not be empty")
        }
        if let d = r.arena.date, !isValidDate(d) { fail("$.arena.date", "\"\(d)\" is not a valid date (YYYY-MM-DD)") }

        // Timing.
        if r.timing.milestones.isEmpty { fail("$.timing.milestones", "must list at least one milestone") }
        if r.deadline == nil { fail("$.timing.milestones", "has no milestone of kind \"deadline\"") }
        func checkDays(_ m: Milestone, _ p: String) {
            for (j, d) in m.dates.enumerated() where !isValidDate(d) {
                fail("\(p).dates[\(j)]", "\"\(d)\" is not a valid date (YYYY-MM-DD)")
            }
            switch m.pattern {
            case .relative:
                if m.relative == nil { fail("\(p).relative", "a relative milestone must keep its wording in \"relative\"") }
                if !m.dates.isEmpty { fail("\(p).dates", "a relative milestone has no dates") }
            case .range, .week:
                if m.dates.count != 2 { fail("\(p).dates", "a \(m.pattern.rawValue) needs exactly two dates, start and end") }
                else if m.dates[0] > m.dates[1] { fail("\(p).dates", "starts after it ends") }
            case .before, .onOrBefore, .from:
                if m.dates.count != 1 { fail("\(p).dates", "\"\(m.pattern.rawValue)\" needs exactly one date") }
            case .on:
                if m.dates.isEmpty { fail("\(p).dates", "needs at least one date") }
            }
            if let t = m.time, !isValidTime(t) { fail("\(p).time", "\"\(t)\" is not a valid time (HH:MM)") }
        }
        for (i, m) in r.timing.milestones.enumerated() {
            let p = "$.timing.milestones[\(i)]"
            nonEmpty(m.text, "\(p).text")
            checkDays(m, p)
        }
        for (i, s) in r.timing.summary.enumerated() {
            let p = "$.timing.summary[\(i)]"
            let read = [s.kind != nil, s.pattern != nil, s.dates != nil]
            if read.contains(true) && (read.contains(false) || s.text == nil) {
                fail(p, "a summary line with days read off it needs text, kind, pattern and dates together")
            }
            if let m = s.milestone { checkDays(m, p) }
        }

        // Contacts.
        if r.contacts.people.isEmpty { fail("$.contacts.people", "must list at least one contact person") }
        for (i, person) in r.contacts.people.enumerated() {
            let p = "$.contacts.people[\(i)]"
            nonEmpty(person.name, "\(p).name")
            if !isValidEmail(person.email) { fail("\(p).email", "\"\(person.email)\" is not a valid e-mail address") }
            if let phone = person.phone {
                guard let intl = person.phoneIntl else { fail("\(p).phoneIntl", "missing the +32 form of \(phone)"); continue }
                if !isValidIntlPhone(intl) { fail("\(p).phoneIntl", "\"\(intl)\" is not in +32 form") }
                else if PhoneNumber.digits(ofIntl: intl) != PhoneNumber.digits(ofWritten: phone) {
                    fail("\(p).phoneIntl", "\"\(intl)\" is not the same number as \"\(phone)\"")
                }
            }
        }
        if !isValidEmail(r.contacts.submission.email) {
            fail("$.contacts.submission.email", "\"\(r.contacts.submission.email)\" is not a valid e-mail address")
        }
        for (i, n) in r.notes.enumerated() where !n.path.hasPrefix("$") {
            fail("$.notes[\(i)].path", "must be a JSON path starting with $")
        }
        return out
    }

    /// Lowercase ASCII words joined by single hyphens (`klein-brabant-vaartland`).
    static func isValidID(_ s: String) -> Bool {
        guard s.utf8.count <= 100 else { return false }
        let words = s.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return words.allSatisfy { w in !w.isEmpty && w.allSatisfy { isLowerAlnum($0) } }
    }

    /// A real calendar day in YYYY-MM-DD form.
    public static func isValidDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(b[$0]) }) else { return false }
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(b[$1] - UInt8(ascii: "0")) } }
        let y = number(0..<4), m = number(5..<7), d = number(8..<10)
        guard (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }

    static func isValidTime(_ s: String) -> Bool {
        guard s.utf8.count <= 5 else { return false }
        let parts = s.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return false }
        return (0...23).contains(h) && (0...59).contains(m)
    }

    /// A plain address: one @, a local part, a dotted domain, no spaces or controls.
    public static func isValidEmail(_ s: String) -> Bool {
        guard s.utf8.count <= 254 else { return false }
        let halves = s.utf8.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false)
        guard halves.count == 2, !halves[0].isEmpty,
              halves[0].allSatisfy({ isAlnum($0) || "._%+-".utf8.contains($0) }) else { return false }
        let labels = halves[1].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ l in !l.isEmpty && l.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") } }),
              let top = labels.last else { return false }
        return top.count >= 2 && top.allSatisfy { isAlpha($0) }
    }

    /// `+32` followed by groups of two or three digits, each after one space (`+32 53 72 39 47`).
    static func isValidIntlPhone(_ s: String) -> Bool {
        guard s.utf8.count <= 40 else { return false }
        let groups = s.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard groups.count >= 2, groups[0].elementsEqual("+32".utf8) else { return false }
        return groups.dropFirst().allSatisfy { g in (2...3).contains(g.count) && g.allSatisfy { isDigit($0) } }
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    private static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isAlpha(b) }
    private static func isLowerAlnum(_ b: UInt8) -> Bool { isDigit(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) }
}
