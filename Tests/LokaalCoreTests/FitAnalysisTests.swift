import Testing
@testable import LokaalCore

/// The text analysis behind `lokaal fit`: folding, stop words, Snowball stems, compound parts.
@Suite struct FitAnalysisTests {
    static let index = TestData.atlas.fitIndex

    func analysis(_ word: String) throws -> WordAnalysis {
        try #require(Self.index.query(word).words.first?.analysis)
    }

    @Test func foldsCaseAndAccentsAndDropsStopWords() {
        let words = Self.index.query("Wij bieden de FINANCIËLE hulp, en we zijn er voor hen!").words.map(\.analysis.folded)
        #expect(words == ["bieden", "financiele", "hulp"])
    }

    @Test func stemsWithSnowballDutch() {
        #expect(Stemmer.dutch.stem("schulden") == "schuld")
        #expect(Stemmer.dutch.stem("woningen") == Stemmer.dutch.stem("woning"))
        #expect(Stemmer.english.stem("refugees") == Stemmer.english.stem("refugee"))
    }

    @Test func splitsCompoundsIntoKnownParts() throws {
        let debt = try analysis("schuldhulpverlening")
        #expect(debt.partWords == ["schuld", "hulpverlening"])
        #expect(debt.parts.contains(Stemmer.dutch.stem("schulden")))
        #expect(try analysis("taalcoaching").partWords == ["taal", "coaching"])
        #expect(try analysis("jobcoaching").partWords == ["job", "coaching"])
        // A part keeps the stem of the data's word it came from (fietsen → fiets).
        #expect(try analysis("fietslessen").parts.first == Stemmer.dutch.stem("fietsen"))
        // A simple word stays whole; short words are never split.
        #expect(try analysis("budget").parts.isEmpty)
        #expect(try analysis("werken").parts.isEmpty)
    }

    @Test func linkingLettersAreSkipped() {
        let splitter = CompoundSplitter(words: ["arbeid", "traject", "begeleiding"], stem: Stemmer.dutch.stem)
        #expect(splitter.split("arbeidstraject", stem: Stemmer.dutch.stem) == ["arbeid", "traject"])
        #expect(splitter.split("trajectenbegeleiding", stem: Stemmer.dutch.stem) == ["traject", "begeleiding"])
        #expect(splitter.split("begeleiding", stem: Stemmer.dutch.stem) == nil)
    }

    @Test func onlyStopWordsIsMeaningless() {
        #expect(Self.index.query("wij en de het van").isMeaningless)
        #expect(Self.index.query("…, !? 7").isMeaningless)
        #expect(!Self.index.query("wij bieden schuldhulpverlening").isMeaningless)
    }

    @Test func themesAreSignalledInDutchAndEnglish() {
        func themes(_ s: String) -> [String] { Self.index.query(s).signals.map(\.theme) }
        #expect(themes("woonbegeleiding").contains("housing"))
        #expect(themes("schuldhulpverlening").contains("debts-finances"))
        #expect(themes("taalcoaching").contains("language"))
        #expect(themes("debt counselling").contains("debts-finances"))
        #expect(themes("Dutch lessons for refugees").contains("language"))
        #expect(themes("Dutch lessons for refugees").contains("migration-culture"))
        // Every theme has English terms.
        #expect(TestData.atlas.vocabulary.themes.allSatisfy { !$0.termsEn.isEmpty })
    }
}
