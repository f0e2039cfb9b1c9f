/// Builds the blocks of every section of a region: the one description of what an addendum shows.
public enum SectionDocument {
    public static func blocks(_ r: Region, _ section: Section, lang: Lang, vocabulary: ThemeVocabulary = .empty) -> [Block] {
        switch section {
        case .themes: themes(r, lang, vocabulary)
        case .overview: overview(r, lang)
        case .challenges: challenges(r, lang)
        case .enrichment: enrichment(r, lang)
        case .services: services(r, lang)
        case .personas: personas(r, lang)
        case .localChoices: localChoices(r, lang)
        case .timing: timing(r, lang)
        case .contacts: contacts(r, lang)
        case .notes: notes(r, lang)
        }
    }

    static func overview(_ r: Region, _ l: Lang) -> [Block] {
        var b: [Block] = [.heading(r.title == "Lokaal Addendum" ? "\(r.title) — \(r.name)" : r.title)]
        b.append(.field(label: Label.area[l], value: r.area))
        b.append(.field(label: Label.municipalities[l], value: r.municipalities.joined(separator: ", ")))
        b.append(.field(label: Label.challenges[l], value: "\(r.challenges.count)"))
        b.append(.field(label: Label.personas[l], value: r.personas.names.joined(separator: ", ")))
        b.append(.field(label: Label.services[l], value: "\(r.arena.services.count)"))
        if let d = TimingFact.deadline(r) { b.append(.field(label: Label.deadline[l], value: FactText.line(d, lang: l))) }
        b.append(.field(label: Label.source[l], value: r.source))
        if !r.notes.isEmpty { b.append(.field(label: Label.notes[l], value: "\(r.notes.count)")) }
        return b
    }

    static func challenges(_ r: Region, _ l: Lang) -> [Block] {
        var b = r.challengesIntro.map(Block.paragraph)
        for c in r.challenges {
            if !b.isEmpty { b.append(.blank) }
            b += challenge(c, lang: l)
        }
        return b
    }

    /// One challenge in full.
    public static func challenge(_ c: Challenge, lang l: Lang) -> [Block] {
        var b: [Block] = [.heading("\(Label.challenge[l]) \(c.number) — \(Label.basedOn[l].lowercased()) \(c.basedOn)")]
        b.append(.field(label: Label.personas[l], value: c.personas.joined(separator: ", ")))
        b += c.description.map(Block.paragraph)
        if !c.obstacles.isEmpty {
            b.append(.field(label: Label.obstacles[l], value: ""))
            b += c.obstacles.map { .bullet($0, level: 0) }
        }
        if !c.questions.isEmpty {
            b.append(.field(label: Label.questions[l], value: ""))
            b += c.questions.map { .bullet($0, level: 0) }
        }
        if !c.outcomes.isEmpty {
            b.append(.field(label: Label.outcomes[l], value: ""))
            b += c.outcomes.map { .bullet($0, level: 1) }
        }
        b += c.closing.map(Block.paragraph)
        return b
    }

    static func enrichment(_ r: Region, _ l: Lang) -> [Block] {
        let e = r.enrichment
        var b: [Block] = [.heading(e.title)]
        if let d = e.date { b.append(.field(label: Label.date[l], value: d)) }
        b += e.intro.map(Block.paragraph)
        if !e.recognisability.isEmpty {
            b.append(.field(label: Label.recognisability[l], value: ""))
            for rec in e.recognisability {
                b.append(.paragraph(rec.text))
                for level in rec.levels {
                    b.append(.bar(label: level.label, percent: level.percent))
                }
            }
        }
        for g in e.groups {
            if let h = g.heading { b.append(.paragraph(h)) }
            b += g.items.map { .bullet($0, level: 0) }
        }
        b += e.closing.map(Block.paragraph)
        return b
    }

    static func services(_ r: Region, _ l: Lang) -> [Block] {
        let a = r.arena
        var b: [Block] = [.heading(a.title)]
        if let d = a.date { b.append(.field(label: Label.date[l], value: d)) }
        b += a.intro.map(Block.paragraph)
        for (i, s) in a.services.enumerated() {
            b.append(.blank)
            if let need = s.need {
                b.append(.field(label: "\(i + 1). \(Label.need[l])", value: need))
                for o in s.offer { b.append(.field(label: "   → \(Label.service[l])", value: o)) }
            } else {
                for o in s.offer { b.append(.paragraph("\(i + 1). \(o)")) }
            }
            b += s.items.map { .bullet($0, level: 1) }
        }
        if !a.closing.isEmpty { b.append(.blank) }
        b += a.closing.map(Block.paragraph)
        return b
    }

    static func personas(_ r: Region, _ l: Lang) -> [Block] {
        var b = r.personas.intro.map(Block.paragraph)
        for name in r.personas.names {
            let nums = r.challenges.filter { $0.personas.contains(name) }.map { "\($0.number)" }
            b.append(.bullet("\(name) — \(Label.challenges[l].lowercased()) \(nums.joined(separator: ", "))", level: 0))
        }
        return b
    }

    static func localChoices(_ r: Region, _ l: Lang) -> [Block] {
        let li = r.localInput
        var b = li.paragraphs.map(Block.paragraph)
        for (label, list) in [(Label.focus[l], li.focus), (Label.notFocus[l], li.notFocus)] where !list.isEmpty {
            if !b.isEmpty { b.append(.blank) }
            b.append(.field(label: label, value: ""))
            for c in list {
                b.append(.paragraph(c.text))
                b += c.items.map { .bullet($0, level: 0) }
            }
        }
        if let t = li.trailing, !t.isEmpty { b.append(.blank); b += t.map(Block.paragraph) }
        return b
    }

    static func timing(_ r: Region, _ l: Lang) -> [Block] {
        var b: [Block] = []
        if let intro = r.timing.summaryIntro { b.append(.paragraph(intro)) }
        // The other readings of a contradicted fact, by the JSON path of each reading.
        var others: [String: [TimingReading]] = [:]
        for f in TimingFact.facts(r) where f.contradiction {
            let distinct = f.distinctReadings
            for x in distinct { others[x.path] = distinct.filter { $0 != x } }
        }
        func flagged(_ text: String, _ path: String) -> String {
            guard let o = others[path] else { return text }
            let rest = o.map { "\(FactText.reading($0.milestone, lang: l)) (\(FactText.place($0, lang: l)))" }.joined(separator: " · ")
            return "\(FactText.mark) \(text) — \(Label.contradiction[l]): \(rest)"
        }
        for (i, s) in r.timing.summary.enumerated() {
            guard let text = s.text else { b.append(.bullet("\(s.label): (\(Label.notFilledIn[l]))", level: 0)); continue }
            b.append(.bullet("\(s.label): " + flagged(text + (s.yearInferred == true ? " (\(Label.yearInferred[l]))" : ""), "$.timing.summary[\(i)]"), level: 0))
        }
        if !b.isEmpty { b.append(.blank) }
        for (i, m) in r.timing.milestones.enumerated() {
            b.append(.field(label: m.label, value: flagged(FactText.reading(m, lang: l), "$.timing.milestones[\(i)]")))
        }
        return b
    }

    static func contacts(_ r: Region, _ l: Lang) -> [Block] {
        var b: [Block] = [.paragraph(r.contacts.intro)]
        for p in r.contacts.people { b.append(.blank); b += person(p, lang: l) }
        return b + submission(r, lang: l)
    }

    /// One contact person.
    public static func person(_ p: Person, lang l: Lang) -> [Block] {
        var b: [Block] = [.heading(p.name)]
        if let w = p.nameAsWritten { b.append(.note("(\(w))")) }
        if let role = p.role { b.append(.field(label: Label.role[l], value: role)) }
        if let org = p.organisation { b.append(.field(label: Label.organisation[l], value: org)) }
        b.append(.field(label: Label.email[l], value: p.email))
        if let phone = p.phone {
            b.append(.field(label: Label.phone[l], value: phone == p.phoneIntl ? phone : "\(phone) (\(p.phoneIntl ?? phone))"))
        }
        return b
    }

    /// Where and how to submit: address, required subject line, deadline.
    public static func submission(_ r: Region, lang l: Lang) -> [Block] {
        let s = r.contacts.submission
        var b: [Block] = [.blank, .heading(Label.submission[l]), .paragraph(s.text)]
        b.append(.field(label: Label.submitTo[l], value: s.email))
        b.append(.field(label: Label.subjectLine[l], value: s.subject ?? "— (\(Label.noSubject[l]))"))
        let fact = TimingFact.deadline(r)
        if let d = s.deadline { b.append(.field(label: Label.deadline[l], value: d)) }
        if let f = fact, s.deadline == nil || f.contradiction { b.append(.field(label: Label.deadline[l], value: FactText.line(f, lang: l))) }
        return b
    }

    static func themes(_ r: Region, _ l: Lang, _ v: ThemeVocabulary) -> [Block] {
        let tags = ThemeTagger.tags([r], vocabulary: v)
        let rows: [Block] = v.themes.compactMap { t in
            let mine = tags.filter { $0.theme == t.id }
            guard !mine.isEmpty else { return nil }
            let c = mine.filter { $0.target.kind == .challenge }.map { "\($0.target.number)" }
            let s = mine.filter { $0.target.kind == .service }.map { "\($0.target.number)" }
            var parts: [String] = []
            if !c.isEmpty { parts.append("\(Label.challenges[l].lowercased()) \(c.joined(separator: ", "))") }
            if !s.isEmpty { parts.append("\(Label.services[l].lowercased()) \(s.joined(separator: ", "))") }
            return .field(label: t.label(l), value: parts.joined(separator: "; "))
        }
        return rows.isEmpty ? [] : [.note("(\(Label.taggedByLokaal[l]))")] + rows
    }

    static func notes(_ r: Region, _ l: Lang) -> [Block] {
        r.notes.map { .bullet("[\($0.kind.rawValue)] \($0.path): \($0.text)", level: 0) }
    }
}
