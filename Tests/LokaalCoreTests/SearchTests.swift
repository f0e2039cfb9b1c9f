import Foundation
import Testing
@testable import LokaalCore

@Suite struct SearchTests {
    @Test func foldingIgnoresCaseAndAccents() {
        #expect(TextFolding.fold("Hiërarchie") == TextFolding.fold("hierarchie"))
        #expect(TextFolding.fold("CRÉËREN") == "creeren")
        #expect(TextFolding.matches(of: "hierarchie", in: "waarbij hiërarchie belangrijk") == [8..<18])
        #expect(TextFolding.matches(of: "x", in: "abc").isEmpty)
    }

    @Test func searchFindsAccentedWordAndNamesTheField() throws {
        let hits = Searcher.search("hierarchie", in: TestData.atlas)
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(hit.field.regionID == "aalst")
        #expect(hit.field.section == .enrichment)
        #expect(hit.field.path.hasPrefix("$.enrichment.groups["))
        let s = Array(hit.snippet)
        #expect(String(s[hit.match]) == "hiërarchie")
    }

    @Test func searchHitsNameChallengeFields() {
        let hits = Searcher.search("rijbewijs", in: TestData.atlas)
        #expect(hits.contains { $0.field.regionID == "leuven" && $0.field.challenge == 4 && $0.field.name.contains("description") })
        #expect(hits.contains { $0.field.section == .services })
    }

    @Test func roysThreeRegions() throws {
        let roy = try #require(TestData.atlas.personas.first { $0.name == "Roy" })
        #expect(Set(roy.regionIDs) == ["zuidwest-rand", "haspengouw", "aalst"])
        #expect(roy.appearances.map(\.challenge).sorted() == [2, 2, 3])
    }

    @Test func personaFinderForgivesTyposAndVariants() {
        let names = { (q: String) in PersonaFinder.find(q, in: TestData.atlas).map(\.entry.name) }
        #expect(names("roy").first == "Roy")
        #expect(names("Chadya").contains("Chadia"))
        #expect(Set(names("Nasim")).isSuperset(of: ["Nassim"]))
        #expect(names("Naseem").contains("Naseem"))
        #expect(names("zzzz").isEmpty)
    }

    @Test func everyPersonaIsFoundByItsOwnName() {
        for p in TestData.atlas.personas {
            #expect(PersonaFinder.find(p.name, in: TestData.atlas).first?.entry.name == p.name, "\(p.name)")
        }
    }

    @Test func resolverAcceptsIdNamePrefixAndSuggests() {
        let a = TestData.atlas
        #expect((try? RegionResolver.resolve("leuven", in: a).get())?.id == "leuven")
        #expect((try? RegionResolver.resolve("Klein-Brabant Vaartland", in: a).get())?.id == "klein-brabant-vaartland")
        #expect((try? RegionResolver.resolve("HASP", in: a).get())?.id == "haspengouw")
        #expect((try? RegionResolver.resolve("zuidwest rand", in: a).get())?.id == "zuidwest-rand")
        guard case .failure(.unknown(_, let s)) = RegionResolver.resolve("lueven", in: a) else { Issue.record("expected unknown"); return }
        #expect(s.first == "leuven")
    }

    @Test func timelineIsInDateOrderWithRelativeLast() {
        let e = Timeline.entries(TestData.atlas)
        let dated = e.compactMap(\.milestone.sortDate)
        #expect(dated == dated.sorted())
        #expect(e.suffix(3).allSatisfy { $0.milestone.pattern == .relative })
    }

    @Test func sanitizerShowsControlsAsPlaceholders() {
        let s = Sanitizer.clean("a\u{1B}[2Jb\u{07}c\u{9B}d\u{202E}e")
        #expect(!s.unicodeScalars.contains { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) || $0.value == 0x202E })
        #expect(s == "a\u{241B}[2Jb\u{2407}c\u{FFFD}d\u{FFFD}e")
        let marks = "e" + String(repeating: "\u{0301}", count: 200)
        #expect(Sanitizer.clean(marks).unicodeScalars.count == 1 + Sanitizer.maxCombiningMarks)
    }

    @Test func displayWidthAndWrapping() {
        DisplayWidth.ensureUTF8Locale()
        #expect(DisplayWidth.of("hiërarchie") == 10)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("‘onderwerp’ — …") == 15)
        let lines = Wrapper.wrap("een twee drie vier vijf zes", width: 9)
        #expect(lines == ["een twee", "drie vier", "vijf zes"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 9 })
        #expect(Wrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(Wrapper.pad("日本語", width: 5) == "日本…")
        #expect(Wrapper.truncateHead("/anderstaligen▏", width: 8) == "…aligen▏")
        #expect(Wrapper.truncateHead("abc", width: 3) == "abc")
        #expect(Wrapper.truncateHead("x日本語", width: 6) == "…本語", "a wide character that does not fit is left out whole")
        #expect(Wrapper.truncateHead("abc", width: 0) == "")
        for w in 1...12 { #expect(DisplayWidth.of(Wrapper.truncateHead("één日本 twee drie", width: w)) <= w) }
    }
}

@Suite struct ThemeTests {
    @Test func termsMatchAtTheStartOfAWordOnly() {
        #expect(ThemeTagger.startsWord(term: "woon", in: "een woonkwaliteit"))
        #expect(!ThemeTagger.startsWord(term: "woon", in: "een bewoner"))
        #expect(ThemeTagger.startsWord(term: "taal", in: "(taal)ondersteuning"))
        #expect(ThemeTagger.startsWord(term: "dak", in: "dak"))
    }

    @Test func vocabularyLoadsAndEveryThemeTagsSomething() throws {
        let v = TestData.atlas.vocabulary
        #expect(v.themes.count >= 15)
        for id in ["housing", "mobility", "childcare", "language", "mental-health", "addiction", "debts-finances", "digital-skills",
                   "social-network", "work-experience", "justice-detention", "health", "trauma", "administration", "discrimination"] {
            #expect(v.themes.contains { $0.id == id }, "\(id)")
        }
        let m = ThemeMatrix(atlas: TestData.atlas)
        for (i, t) in m.themes.enumerated() { #expect(m.cells[i].contains { !$0.isEmpty }, "\(t.id) tags nothing") }
        let tags = ThemeTagger.tags(TestData.atlas.regions, vocabulary: v)
        for r in TestData.atlas.regions {
            for target in ThemeTarget.targets(of: r) { #expect(tags.contains { $0.target == target }, "\(r.id) \(target.kind) \(target.number) untagged") }
        }
    }

    @Test func overridesConfirmAndRemoveTags() throws {
        var v = TestData.atlas.vocabulary
        let leuven = try #require(TestData.atlas.region(id: "leuven"))
        let before = ThemeTagger.tags([leuven], vocabulary: v).filter { $0.theme == "mobility" && $0.target.kind == .challenge && $0.target.number == 4 }
        #expect(!before.isEmpty)
        v.overrides.append(.init(region: "leuven", kind: .challenge, number: 4, theme: "mobility", tag: false, why: "test"))
        #expect(ThemeTagger.tags([leuven], vocabulary: v).filter { $0.theme == "mobility" && $0.target.number == 4 && $0.target.kind == .challenge }.isEmpty)
        let aalst = try #require(TestData.atlas.region(id: "aalst"))
        let confirmed = ThemeTagger.tags([aalst], vocabulary: TestData.atlas.vocabulary).first { $0.theme == "generational-poverty" && $0.target.kind == .challenge && $0.target.number == 2 }
        #expect(confirmed?.reason.hasPrefix("override:") == true)
    }

    @Test func badVocabularyIsReportedWithAPath() throws {
        let dir = try TestData.scratch()
        try Data(#"{"themes": [{"id": "a", "en": "A", "nl": "A", "terms": ["x"]}], "overrides": [{"region": "leuven", "kind": "challenge", "number": 1, "theme": "zz", "tag": true, "why": "w"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: "\(dir)/themes.json"))
        let e = try #require(TestData.loadError(dir))
        #expect(e.file.hasSuffix("themes.json") && e.path == "$.overrides[0].theme" && e.exitCode == 65)
    }
}
