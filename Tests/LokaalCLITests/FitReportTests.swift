import Foundation
import Testing
import LokaalCore
@testable import LokaalCLI

/// `lokaal fit`'s renderings: plain text within the width and clean, JSON in the documented shape.
@Suite struct FitReportTests {
    static let atlas: Atlas = try! AtlasLoader.load(directory: DataLocator.sourceTreeDataDirectory())

    @Test func plainExplainsEachHitWithinTheWidth() {
        let (_, hits) = FitReport.hits(Self.atlas, query: "wij bieden schuldhulpverlening en budgetbeheer", limit: 5)
        let text = FitReport.plain(Self.atlas, query: "x", hits: hits, style: OutputStyle(width: 80))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "1. Aalst S11 · service need · score " + FitReport.twoDecimals(hits[0].score))
        #expect(text.contains("why: "))
        let unwrapped = text.replacingOccurrences(of: "\n     ", with: " ")
        #expect(unwrapped.contains("schuldhulpverlening → schuldbemiddeling (offer, compound)"))
        #expect(text.contains("Debts & finances theme"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(!text.contains("\u{1B}"))
    }

    @Test func plainNamesAtMostEightWordsAHit() {
        // Similar challenges share much wording: the plain why names the first eight and counts the rest.
        let source = Self.atlas.fitIndex.items.firstIndex { $0.regionID == "aalst" && $0.id == "C1" }!
        let hits = Self.atlas.fitIndex.similar(to: source, limit: 3)
        let words = hits[0].reasons.filter { $0.via != .theme }.count
        #expect(words > FitReport.maxWords)
        let text = FitReport.plain(Self.atlas, query: "x", hits: hits, style: OutputStyle(width: 80)).replacingOccurrences(of: "\n     ", with: " ")
        #expect(text.contains("+\(words - FitReport.maxWords) more words (--json lists every one)"))
    }

    @Test func plainSaysWhenNothingFits() {
        let text = FitReport.plain(Self.atlas, query: "zzz\u{1B}[2J", hits: [], style: OutputStyle(width: 80))
        #expect(text.hasPrefix("No challenge or service need fits"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func jsonShape() throws {
        let (_, hits) = FitReport.hits(Self.atlas, query: "woonbegeleiding", limit: 3)
        let result = try JSONDecoder().decode(FitReport.Result.self, from: Data(FitReport.json(query: "woonbegeleiding", hits: hits).utf8))
        #expect(result.query == "woonbegeleiding")
        #expect(result.hits.count == 3)
        #expect(result.hits.allSatisfy { ($0.item.hasPrefix("S") || $0.item.hasPrefix("C")) && ["service", "challenge"].contains($0.kind) })
        #expect(result.hits[0].why.contains { $0.via == .theme && $0.theme == "housing" })
    }

    @Test func twoDecimals() {
        #expect(FitReport.twoDecimals(13.934) == "13.93")
        #expect(FitReport.twoDecimals(0.05) == "0.05")
        #expect(FitReport.twoDecimals(2) == "2.00")
    }
}
