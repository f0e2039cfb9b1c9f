import Foundation
import Testing
import LokaalCore
@testable import LokaalCLI

@Suite struct CLIOutputTests {
    static let atlas: Atlas = try! AtlasLoader.load(directory: DataLocator.sourceTreeDataDirectory())
    static let plain = OutputStyle(width: 80, color: false)

    func decode<T: Decodable>(_ type: T.Type, _ s: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(s.utf8))
    }

    @Test func regionsPlainAndJSON() throws {
        let text = RegionsReport.plain(Self.atlas, style: Self.plain)
        for r in Self.atlas.regions { #expect(text.contains(r.id) && text.contains(r.name)) }
        #expect(text.contains("4 challenges · deadline 9 juni 2023 om 23u59"))
        let items = try decode([RegionsReport.Item].self, RegionsReport.json(Self.atlas))
        #expect(items.count == 5)
        let leuven = try #require(items.first { $0.id == "leuven" })
        #expect(leuven.challenges == 4)
        #expect(leuven.deadline?.text == "9 juni 2023 om 23u59")
        #expect(leuven.deadline?.date == "2023-06-09" && leuven.deadline?.time == "23:59")
        #expect(leuven.deadline?.contradiction == false)
        #expect(!text.contains("\u{1B}"))
    }

    /// Issue 13: Aalst's addendum gives 2 June in its summary and 9 June in its table;
    /// every summary of the deadline shows both, flagged.
    @Test func aalstsTwoDeadlinesAreShownAndFlaggedEverywhere() throws {
        let aalst = try #require(Self.atlas.region(id: "aalst"))
        let both = ["vrijdag 9 juni 2023 om 23u59", "Vrijdag 2 juni 2023 om 23u59"]
        func flat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        // regions, plain and JSON
        let regions = flat(RegionsReport.plain(Self.atlas, style: Self.plain))
        #expect(both.allSatisfy(regions.contains) && regions.contains("⚠"))
        let item = try #require(try decode([RegionsReport.Item].self, RegionsReport.json(Self.atlas)).first { $0.id == "aalst" })
        #expect(item.deadline?.contradiction == true)
        #expect(item.deadline?.readings.map(\.date) == ["2023-06-09", "2023-06-02"])
        #expect(item.deadline?.readings.map(\.source) == ["$.timing.milestones[1]", "$.timing.summary[0]"])
        // the overview's Deadline line and the timing section
        let overview = flat(ShowReport.plain(aalst, sections: [.overview], style: Self.plain))
        #expect(both.allSatisfy(overview.contains) && overview.contains("⚠"))
        let timing = flat(ShowReport.plain(aalst, sections: [.timing], style: Self.plain))
        #expect(timing.components(separatedBy: "⚠").count == 3, "the summary line and the table row")
        // timeline, plain and JSON: both dates, both flagged
        let entries = LokaalCore.Timeline.entries([aalst])
        let deadlines = entries.filter { $0.milestone.kind == .deadline }
        #expect(deadlines.map(\.milestone.dates) == [["2023-06-02"], ["2023-06-09"]])
        #expect(deadlines.allSatisfy { $0.contradiction })
        let items = try decode([TimelineReport.Item].self, TimelineReport.json(entries)).filter { $0.kind == "deadline" }
        #expect(items.map(\.contradiction) == [true, true])
        #expect(items[0].otherReadings.map(\.text) == ["vrijdag 9 juni 2023 om 23u59"])
        #expect(flat(TimelineReport.plain(entries, style: Self.plain)).components(separatedBy: "⚠").count == 3)
        // contacts, plain, JSON and the copied block
        let contacts = flat(ContactsReport.plain([aalst], style: Self.plain))
        #expect(both.allSatisfy(contacts.contains) && contacts.contains("⚠"))
        let c = try decode([ContactsReport.Item].self, ContactsReport.json([aalst]))
        #expect(c[0].deadline?.contradiction == true && c[0].deadline?.readings.count == 2)
        let block = ContactText.block(aalst)
        #expect(both.allSatisfy { block.contains($0) })
        // compare
        let cmp = Comparison(regions: [aalst, Self.atlas.region(id: "leuven")!], lang: .en)
        let row = try #require(cmp.rows.first { $0.label == "Deadline kandidaturen" })
        #expect(row.contradiction && both.allSatisfy(row.cells[0][0].contains))
        // no other region's deadline is flagged: the summary agrees or is empty
        for r in Self.atlas.regions where r.id != "aalst" { #expect(TimingFact.deadline(r)?.contradiction == false, "\(r.id)") }
    }

    @Test func onOrBeforeAndBeforeAreKeptApart() throws {
        let aalst = try #require(Self.atlas.region(id: "aalst"))
        let leuven = try #require(Self.atlas.region(id: "leuven"))
        #expect(aalst.timing.milestones.first { $0.kind == .decision }?.pattern == .onOrBefore) // "uiterlijk op 7 juli 2023"
        #expect(leuven.timing.milestones.first { $0.kind == .decision }?.pattern == .before)    // "Vóór 7 juli 2023"
        for r in Self.atlas.regions {
            for m in r.timing.milestones + r.timing.summary.compactMap(\.milestone) {
                let t = m.text.lowercased()
                if t.hasPrefix("uiterlijk op") { #expect(m.pattern == .onOrBefore, "\(r.id) \(m.text)") }
                if t.hasPrefix("vóór") || t.hasPrefix("voor") { #expect(m.pattern == .before, "\(r.id) \(m.text)") }
            }
        }
    }

    @Test func themesAreLabelledAsTaggedByLokaal() throws {
        let r = try #require(Self.atlas.region(id: "leuven"))
        let show = ShowReport.plain(r, sections: [.themes], style: Self.plain, lang: .en, vocabulary: Self.atlas.vocabulary)
        #expect(show.contains("tagged by lokaal, not stated by the source"))
        let cmp = CompareReport.plain(Comparison(regions: [r, Self.atlas.regions[0]], lang: .en, vocabulary: Self.atlas.vocabulary), style: Self.plain)
        #expect(cmp.contains("Themes (tagged by lokaal, not stated by the source):"))
        #expect(ThemesReport.plain(Self.atlas.themeMatrix, atlas: Self.atlas, style: Self.plain).contains("tagged by lokaal"))
        #expect(ThemesReport.json(Self.atlas.themeMatrix).contains("\"taggedBy\""))
    }

    @Test func showPrintsEverySection() throws {
        for r in Self.atlas.regions {
            let text = ShowReport.plain(r, sections: Section.allCases, style: Self.plain)
            for s in Section.allCases where !SectionDocument.blocks(r, s, lang: .en).isEmpty {
                #expect(text.contains(s.englishTitle.uppercased()), "\(r.id) \(s)")
            }
            for c in r.challenges { #expect(text.contains("Challenge \(c.number) — based on")) }
            for p in r.contacts.people { #expect(text.contains(p.email)) }
            #expect(text.contains(r.contacts.submission.email))
            #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        }
        let json = ShowReport.json(Self.atlas.region(id: "aalst")!, section: .timing)
        #expect(json.contains("\"section\" : \"timing\""))
        #expect(json.contains("einddatum + 14 dagen"))
    }

    @Test func personasRoyNamesThreeRegions() throws {
        let text = PersonasReport.plain(Self.atlas, query: "Roy", style: Self.plain)
        #expect(text.hasPrefix("Roy — 3 regions"))
        for name in ["Zuidwest Rand, challenge 3", "Haspengouw, challenge 2", "Aalst, challenge 2"] { #expect(text.contains(name)) }
        let items = try decode([PersonasReport.Item].self, PersonasReport.json(Self.atlas, query: "roy"))
        #expect(items.first?.regions.sorted() == ["aalst", "haspengouw", "zuidwest-rand"])
        #expect(PersonasReport.plain(Self.atlas, query: "qqqq", style: Self.plain).hasPrefix("No persona matches"))
    }

    @Test func searchPlainAndJSON() throws {
        let text = SearchReport.plain(Self.atlas, query: "hierarchie", style: Self.plain)
        #expect(text.contains("Aalst (aalst)"))
        #expect(text.contains("[hiërarchie]"))
        let r = try decode(SearchReport.Result.self, SearchReport.json(Self.atlas, query: "hierarchie"))
        #expect(r.hits.count == 1)
        #expect(r.hits[0].section == "enrichment")
        #expect(Array(r.hits[0].snippet)[r.hits[0].match.start..<r.hits[0].match.end].map(String.init).joined() == "hiërarchie")
    }

    @Test func compareAlignsRows() throws {
        let c = Comparison(regions: [Self.atlas.region(id: "leuven")!, Self.atlas.region(id: "zuidwest-rand")!], lang: .en, vocabulary: Self.atlas.vocabulary, index: Self.atlas.fitIndex)
        let text = CompareReport.plain(c, style: Self.plain)
        #expect(text.contains("Leuven") && text.contains("Zuidwest Rand"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        let r = try decode(CompareReport.Result.self, CompareReport.json(c))
        #expect(r.regions == ["leuven", "zuidwest-rand"])
        let deadline = try #require(r.rows.first { $0.label == "Deadline kandidaturen" })
        #expect(deadline.values == [["9 juni 2023 om 23u59"], ["9 juni 2023 om 23u59"]])
        #expect(deadline.differs == false)
        #expect(r.rows.first { $0.label == "Municipalities" }?.differs == true)
    }

    @Test func contactsPlainJSONAndVCard() throws {
        let zw = Self.atlas.region(id: "zuidwest-rand")!
        let text = ContactsReport.plain([zw], style: Self.plain)
        #expect(text.contains("Required subject line: kandidatuur Capacity Building Zuidwest Rand"))
        #expect(text.contains("silke.vanesch@vdab.be"))
        let items = try decode([ContactsReport.Item].self, ContactsReport.json([zw]))
        #expect(items[0].submission.email == "gelijkekansen@halle.be")
        let card = ContactsReport.vcards([zw])
        #expect(card.components(separatedBy: "BEGIN:VCARD\r\nVERSION:4.0\r\n").count == 3)
        // One card per person: Silke Van Esch is the contact of Leuven and of Zuidwest Rand.
        let all = ContactsReport.vcards(Self.atlas.regions)
        #expect(all.components(separatedBy: "FN:Silke Van Esch\r\n").count == 2)
        #expect(all.contains("NOTE:Lokaal Addendum Leuven and Zuidwest Rand"))
        let addresses: Set<String> = Set(Self.atlas.regions.flatMap { r -> [String] in r.contacts.people.map { $0.email.lowercased() } })
        let cards: Int = all.components(separatedBy: "BEGIN:VCARD").count - 1
        #expect(cards == addresses.count)
        #expect(card.contains("FN:Silke Van Esch\r\n"))
        #expect(card.contains("TEL;VALUE=uri;TYPE=work:tel:+32-494-62-42-42\r\n"))
        #expect(card.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func timelinePlainAndJSON() throws {
        let items = try decode([TimelineReport.Item].self, TimelineReport.json(LokaalCore.Timeline.entries(Self.atlas)))
        #expect(items.count == 31, "30 table rows and Aalst's contradicting summary deadline")
        #expect(items.first?.kind == "launch")
        let text = TimelineReport.plain(LokaalCore.Timeline.entries(Self.atlas), style: Self.plain)
        #expect(text.hasPrefix("2023-04-21"))
        #expect(text.contains("(year not in source)"))
    }

    @Test func validateReports() throws {
        #expect(ValidateReport.plain(directory: "Data", problems: [], regionCount: 5) == "Data: 5 regions, all valid\n")
        let p = LoadError(.invalid, file: "Data/x.json", path: "$.id", message: "bad")
        #expect(ValidateReport.plain(directory: "Data", problems: [p], regionCount: 0) == "lokaal: Data/x.json: at $.id: bad\n")
        let r = try decode(ValidateReport.Result.self, ValidateReport.json(directory: "Data", problems: [p]))
        #expect(r.ok == false && r.problems.first?.path == "$.id")
    }

    @Test func noColourWhenNotATerminalOrNoColorSet() {
        #expect(OutputStyle.decide(isTerminal: false, environment: [:]) == false)
        #expect(OutputStyle.decide(isTerminal: true, environment: ["NO_COLOR": "1"]) == false)
        #expect(OutputStyle.decide(isTerminal: true, environment: ["TERM": "xterm"]) == true)
    }
}

@Suite struct ThemesOutputTests {
    @Test func themesPlainAndJSON() throws {
        let atlas = CLIOutputTests.atlas
        let m = ThemeMatrix(atlas: atlas)
        let text = ThemesReport.plain(m, atlas: atlas, style: OutputStyle(width: 80))
        #expect(text.contains("Housing"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 || $0.hasPrefix("Cells") })
        let r = try JSONDecoder().decode(ThemesReport.Result.self, from: Data(ThemesReport.json(m).utf8))
        #expect(r.regions.count == 5)
        let housing = try #require(r.themes.first { $0.id == "housing" })
        #expect(housing.counts.reduce(0, +) == housing.tags.count)
        #expect(housing.tags.allSatisfy { !$0.reason.isEmpty })
    }
}
