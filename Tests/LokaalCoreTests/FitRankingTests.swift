import Foundation
import Testing
@testable import LokaalCore

/// Ranking for `lokaal fit`: the issue's examples, the relevance set's targets, numbering, similarity.
@Suite struct FitRankingTests {
    static let atlas = TestData.atlas
    static let index = atlas.fitIndex

    func top(_ text: String, limit: Int = 10) -> [FitHit] { Self.index.rank(Self.index.query(text), limit: limit) }

    @Test func debtCounsellingPutsAalstAdministrationAndFinancesFirst() throws {
        let first = try #require(top("wij bieden schuldhulpverlening en budgetbeheer").first)
        #expect(first.item.regionID == "aalst" && first.item.id == "S11")
        #expect(first.item.title.contains("administratie en financiën"))
        // The reason: compound parts meet the service's own words, and the debts theme.
        #expect(first.reasons.contains { $0.query == "schuldhulpverlening" && $0.matched == "schuldbemiddeling" && $0.via == .compound })
        #expect(first.reasons.contains { $0.query == "budgetbeheer" && $0.matched == "Budgethulpverlening" && $0.via == .compound })
        #expect(first.reasons.contains { $0.via == .theme && $0.theme == "debts-finances" })
        #expect(first.themes == ["debts-finances"])
    }

    @Test func issueExamplesMeetWhatLiteralSearchMisses() {
        let debt = top("schuldhulpverlening", limit: 20)
        #expect(debt.contains { $0.reasons.contains { $0.matched.lowercased() == "schulden" } })
        #expect(debt.contains { $0.reasons.contains { $0.matched.lowercased() == "schuldbemiddeling" } })
        let housing = top("woonbegeleiding", limit: 20)
        #expect(housing.contains { $0.item.title.lowercased().contains("huisvesting") })
        #expect(housing.contains { $0.item.regionID == "klein-brabant-vaartland" && $0.item.id == "S6" })   // sociaal immokantoor, huisbazen
        #expect(top("taalcoaching").contains { $0.reasons.contains { $0.matched.lowercased() == "taal" || $0.theme == "language" } })
    }

    @Test func hitsAreSortedAndFiltered() {
        let q = Self.index.query("psychologische begeleiding")
        let all = Self.index.rank(q)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.score >= $1.score })
        let leuvenServices = Self.index.rank(q, regions: ["leuven"], kind: .service)
        #expect(!leuvenServices.isEmpty)
        #expect(leuvenServices.allSatisfy { $0.item.regionID == "leuven" && $0.item.kind == .service && $0.item.id.hasPrefix("S") })
        #expect(Self.index.rank(q, limit: 3).count == 3)
        #expect(all.allSatisfy { !$0.reasons.isEmpty })
    }

    @Test func itemsAreNumberedAsInTheBrowser() throws {
        for r in Self.atlas.regions {
            let items = Self.index.items.filter { $0.regionID == r.id }
            #expect(items.filter { $0.kind == .challenge }.map(\.id) == r.challenges.indices.map { "C\($0 + 1)" })
            #expect(items.filter { $0.kind == .service }.map(\.id) == r.arena.services.indices.map { "S\($0 + 1)" })
        }
        let s11 = try #require(Self.index.items.first { $0.regionID == "aalst" && $0.id == "S11" })
        #expect(s11.title == Self.atlas.region(id: "aalst")!.arena.services[10].need)
    }

    @Test func relevanceSetMeetsTheTargets() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Relevance/offers.json").path
        let set = try RelevanceSet.load(path: path)
        #expect(set.offers.count >= 12)
        let keys = Set(Self.index.items.map(RelevanceSet.key))
        for o in set.offers { for k in o.relevant { #expect(keys.contains(k), "\(o.id): unknown item \(k)") } }
        let fit = set.evaluate { t in Self.index.rank(Self.index.query(t), limit: 10).map { RelevanceSet.key($0.item) } }
        let dutch = fit.filter { $0.offer.lang == "nl" }
        #expect(dutch.count >= 12)
        #expect(RelevanceSet.mean(dutch, \.ndcg) >= 0.75)
        #expect(RelevanceSet.mean(dutch, \.recall) >= 0.9)
        // And fit beats the plain BM25 baseline.
        let plain = PlainBM25(items: Self.index.items)
        let base = set.evaluate { t in plain.rank(t).prefix(10).map { RelevanceSet.key(Self.index.items[$0]) } }
        #expect(RelevanceSet.mean(fit, \.ndcg) > RelevanceSet.mean(base, \.ndcg))
    }

    @Test func themesAreTaggedAsTheThemeMatrixTagsThem() {
        // The index tags over words in one pass; the tagger reads text. Same tags, same terms.
        var expected: [String: String] = [:]
        for tag in ThemeTagger.tags(Self.atlas.regions, vocabulary: Self.atlas.vocabulary) {
            let item = (tag.target.kind == .challenge ? "C" : "S") + String(tag.target.number)
            let term = tag.reason.hasPrefix("“") ? String(tag.reason.dropFirst().dropLast()) : "override"
            expected["\(tag.theme) \(tag.target.regionID):\(item)"] = term
        }
        var actual: [String: String] = [:]
        for theme in Self.atlas.vocabulary.themes {
            guard let t = Self.index.themeItems(theme.id) else { continue }
            for (i, term) in t.terms { actual["\(theme.id) \(RelevanceSet.key(Self.index.items[Int(i)]))"] = term }
        }
        #expect(actual == expected)
    }

    @Test func similarItemsComeFromOtherRegions() throws {
        let i = try #require(Self.index.items.firstIndex { $0.regionID == "leuven" && $0.id == "S9" })   // Huisvesting op maat
        let similar = Self.index.similar(to: i, limit: 5)
        #expect(similar.allSatisfy { $0.item.regionID != "leuven" })
        #expect(similar.first.map { $0.item.regionID == "zuidwest-rand" && $0.item.id == "S8" } == true)
        #expect(!Self.index.vector(of: i).isEmpty)
    }
}
