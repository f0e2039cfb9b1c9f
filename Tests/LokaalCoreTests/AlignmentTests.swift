import Foundation
import Testing
@testable import LokaalCore

/// The comparison aligned by meaning: pairs judged from the sources, each with why the pair is right;
/// determinism and symmetry.
@Suite struct AlignmentTests {
    static let atlas = TestData.atlas
    static let index = atlas.fitIndex

    func region(_ id: String) -> Region { Self.atlas.region(id: id)! }

    func align(_ ids: [String], _ kind: ThemeTarget.Kind) -> ItemAlignment {
        ItemAlignment(regions: ids.map(region), kind: kind, index: Self.index)
    }

    /// The row holding `number` of the region in column `column`.
    func row(_ a: ItemAlignment, column: Int, number: Int) -> ItemAlignment.Row? {
        a.rows.first { $0.numbers[column] == number }
    }

    /// Leuven and Zuidwest Rand's arena analyses (sources 004 and 000) list the same service types:
    /// eight word for word (need and service), the ninth ("Inclusieve werkkansen creëren …") with the
    /// same need but Leuven's service adds "Ondersteunen van inclusief ondernemen bij werkgevers, via
    /// cultuursensitieve maatregelen." Only Leuven asks for digital skills (its S6).
    @Test func aRegionGivenTwiceKeepsEveryItemInOneRow() {
        for kind in [ThemeTarget.Kind.challenge, .service] {
            let a = align(["leuven", "leuven"], kind)
            let once = align(["leuven", "zuidwest-rand"], kind).rows.compactMap { $0.numbers[0] }.sorted()
            #expect(a.rows.compactMap { $0.numbers[0] }.sorted() == once)
            #expect(a.rows.allSatisfy { $0.numbers[1] == nil })
        }
    }

    @Test func leuvenAndZuidwestRandShareNineServiceTypes() throws {
        let a = align(["leuven", "zuidwest-rand"], .service)
        #expect(a.rows.count == 10)
        #expect(a.shared == 9)
        let same = a.rows.filter { $0.match == .same }
        #expect(same.count == 8)
        // By number the rows would slip from S6 on: Leuven S7 is Zuidwest Rand S6 (Taalondersteuning), …
        #expect(same.map { $0.numbers } == [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [7, 6], [9, 8], [10, 9]])
        let inclusive = try #require(row(a, column: 0, number: 8))
        #expect(inclusive.numbers == [8, 7] && inclusive.match == .similar)
        #expect(inclusive.why?.sameTitle == true)
        let digital = try #require(row(a, column: 0, number: 6))
        #expect(digital.match == .only && digital.numbers == [6, nil])
        #expect(a.rows.last == digital, "what is shared comes first")
        #expect(a.summary(["Leuven", "Zuidwest Rand"], lang: .en) == "9 of 10 service types shared (8 the same, 1 similar), 1 only in Leuven")
    }

    /// Pairs in other words, judged from the sources.
    @Test func housingBesideHousingAddictionBesideAftercare() throws {
        let a = align(["aalst", "leuven"], .service)
        // Aalst S3 "Huisvestingsproblemen (dakloos, …)" and Leuven S9 "Huisvesting op maat": both about finding a home.
        let housing = try #require(row(a, column: 0, number: 3))
        #expect(housing.numbers == [3, 9] && housing.match == .similar)
        #expect(housing.why?.themes.contains("housing") == true)
        #expect(housing.why?.words.contains("woning") == true)
        // Aalst S2 "afhankelijkheidsproblematiek (drugs, alcohol, …)" and Leuven S3 "Ontwenningszorg en nazorg":
        // addiction care; the reason is the addiction theme and "doorverwijzing"/"hulpverlening".
        let addiction = try #require(row(a, column: 0, number: 2))
        #expect(addiction.numbers == [2, 3])
        #expect(addiction.why?.themes.contains("addiction") == true)
        // Aalst S12 "Geen kinderopvang" beside Leuven S5 "Ontwikkelen van kinderopvangmogelijkheden".
        #expect(row(a, column: 0, number: 12)?.numbers == [12, 5])
        // Aalst S7 "Geen of beperkte kennis Nederlands" beside Leuven S7 "Taalondersteuning": language theme.
        let language = try #require(row(a, column: 0, number: 7))
        #expect(language.numbers == [7, 7] && language.why?.themes == ["language"])
        // Aalst S8 and Leuven S6, both "beperkte digitale vaardigheden".
        #expect(row(a, column: 0, number: 8)?.numbers == [8, 6])
        // Aalst S5 "Medische problematieken" has no counterpart in Leuven.
        #expect(row(a, column: 0, number: 5)?.match == .only)
    }

    @Test func kleinBrabantHousingOfficeMeetsHousingNeeds() throws {
        // Klein-Brabant Vaartland S6 ("woonproblematiek: sociaal immokantoor … woonbegeleiding") beside Aalst S3 (housing).
        let a = align(["aalst", "klein-brabant-vaartland"], .service)
        let r = try #require(row(a, column: 1, number: 6))
        #expect(r.numbers == [3, 6])
        #expect(r.why?.themes == ["housing"] && r.why?.words.contains("woonbegeleiding") == true)
    }

    /// Challenges pair by persona and theme: Aalst C2 is based on Roy (among others), as is Zuidwest Rand C3,
    /// and both are about young adults with housing problems and psychological vulnerability.
    @Test func challengesPairBySharedPersonaAndTheme() throws {
        let a = align(["aalst", "zuidwest-rand"], .challenge)
        let r = try #require(row(a, column: 0, number: 2))
        #expect(r.numbers == [2, 3] && r.match == .similar)
        #expect(r.why?.personas == ["Roy"])
        #expect(r.why?.themes.contains("housing") == true)
        // Leuven C3 (Marlies & Jordy) and Zuidwest Rand C3 (Roy): the same first question, other personas.
        let lz = align(["leuven", "zuidwest-rand"], .challenge)
        #expect(row(lz, column: 0, number: 3)?.numbers == [3, 3])
        #expect(row(lz, column: 0, number: 3)?.why?.sameTitle == true)
        #expect(row(lz, column: 0, number: 2)?.numbers == [2, 2])   // Nassim / Naseem: language support, migration
    }

    /// Spelling variants are not taken as one persona: the sources do not say Nassim is Naseem.
    @Test func personasShareOnlyByName() {
        #expect(FitIndex.sharedPersonas(["Nassim"], ["Saled", "Naseem"]).isEmpty)
        #expect(FitIndex.sharedPersonas(["Roy", "Marlies"], ["roy"]) == ["Roy"])
    }

    @Test func everyItemInExactlyOneRowForEverySetOfRegions() {
        let rs = Self.atlas.regions
        for kind in [ThemeTarget.Kind.challenge, .service] {
            for size in 2...4 {
                for start in 0..<rs.count {
                    let chosen = (0..<size).map { rs[(start + $0) % rs.count] }
                    let a = ItemAlignment(regions: chosen, kind: kind, index: Self.index)
                    for (c, r) in chosen.enumerated() {
                        let count = kind == .challenge ? r.challenges.count : r.arena.services.count
                        let numbers = a.rows.compactMap { $0.numbers[c] }.sorted()
                        #expect(numbers == Array(1...max(1, count)).prefix(count).map { $0 }, "\(kind) \(chosen.map(\.id))")
                    }
                    // Rows of several items: shared rows first.
                    let counts = a.rows.map(\.count)
                    #expect(counts == counts.sorted(by: >))
                }
            }
        }
    }

    /// Comparing B with A gives the same pairs as A with B, and the same data the same rows.
    @Test func symmetricAndDeterministic() {
        let rs = Self.atlas.regions
        for kind in [ThemeTarget.Kind.challenge, .service] {
            for x in rs.indices {
                for y in rs.indices where y != x {
                    let ab = ItemAlignment(regions: [rs[x], rs[y]], kind: kind, index: Self.index)
                    let ba = ItemAlignment(regions: [rs[y], rs[x]], kind: kind, index: Self.index)
                    let pairs = Set(ab.rows.map { "\($0.numbers[0] ?? 0)-\($0.numbers[1] ?? 0)-\($0.match)" })
                    let flipped = Set(ba.rows.map { "\($0.numbers[1] ?? 0)-\($0.numbers[0] ?? 0)-\($0.match)" })
                    #expect(pairs == flipped, "\(rs[x].id) \(rs[y].id) \(kind)")
                    #expect(ab == ItemAlignment(regions: [rs[x], rs[y]], kind: kind, index: Self.index))
                }
            }
            // Four regions in two orders: the same groups.
            let four = Array(rs.prefix(4))
            let a = ItemAlignment(regions: four, kind: kind, index: Self.index)
            let b = ItemAlignment(regions: four.reversed(), kind: kind, index: Self.index)
            #expect(Set(a.rows.map { $0.numbers.map { $0 ?? 0 } }) == Set(b.rows.map { $0.numbers.reversed().map { $0 ?? 0 } }))
        }
    }

    /// A row of three or four groups items that are alike pairwise (complete linkage).
    @Test func groupsAreMutuallySimilar() {
        let rs = Self.atlas.regions
        let a = ItemAlignment(regions: rs, kind: .service, index: Self.index)
        for row in a.rows where row.match == .similar {
            let items = row.numbers.enumerated().compactMap { c, n in n.map { n in Self.index.items.firstIndex { $0.regionID == rs[c].id && $0.kind == .service && $0.number == n }! } }
            for (k, i) in items.enumerated() {
                for j in items[(k + 1)...] {
                    let same = Self.index.items[i].fields == Self.index.items[j].fields
                    #expect(same || Self.index.pairScore(i, j) >= ItemAlignment.threshold(.service))
                }
            }
        }
    }

    @Test func comparisonRowsCarryItemsMatchAndWhy() throws {
        let c = Comparison(regions: [region("leuven"), region("zuidwest-rand")], lang: .en, vocabulary: Self.atlas.vocabulary, index: Self.index)
        let services = c.rows.filter { $0.section == .services }
        #expect(services.count == 10)
        #expect(services.allSatisfy { $0.items?.count == 2 && $0.match != nil })
        #expect(services.filter { !$0.differs }.count == 8)
        #expect(services.first?.items == ["S1", "S1"] && services.first?.label == "same")
        #expect(services.last?.items == ["S6", nil] && services.last?.label == "only in Leuven")
        let similar = try #require(services.first { $0.match == .similar })
        #expect(similar.whyText?.hasPrefix("same heading, other text") == true)
        #expect(c.summaries[.services] == "9 of 10 service types shared (8 the same, 1 similar), 1 only in Leuven")
    }
}
