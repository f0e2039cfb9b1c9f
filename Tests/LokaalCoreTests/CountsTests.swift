import Testing
@testable import LokaalCore

/// Counts per region, checked by hand against the source texts in shared/seeds.
@Suite struct CountsTests {
    struct Expected: Sendable {
        let id: String
        let personasPerChallenge: [Int]
        let obstacles: [Int]
        let outcomes: [Int]
        let services: Int
        let milestones: Int
        let contacts: Int
        let municipalities: Int
    }

    static let expected: [Expected] = [
        Expected(id: "zuidwest-rand", personasPerChallenge: [1, 3, 1, 1], obstacles: [0, 0, 0, 0], outcomes: [0, 0, 0, 0],
                 services: 9, milestones: 6, contacts: 2, municipalities: 3),
        Expected(id: "klein-brabant-vaartland", personasPerChallenge: [1, 2, 1, 1], obstacles: [9, 10, 11, 11], outcomes: [11, 9, 9, 10],
                 services: 6, milestones: 6, contacts: 1, municipalities: 3),
        Expected(id: "haspengouw", personasPerChallenge: [2, 3, 1], obstacles: [0, 0, 0], outcomes: [0, 0, 0],
                 services: 5, milestones: 6, contacts: 1, municipalities: 6),
        Expected(id: "aalst", personasPerChallenge: [5, 4], obstacles: [0, 0], outcomes: [0, 0],
                 services: 12, milestones: 6, contacts: 1, municipalities: 6),
        Expected(id: "leuven", personasPerChallenge: [1, 1, 2, 1], obstacles: [0, 0, 0, 0], outcomes: [0, 0, 0, 0],
                 services: 10, milestones: 6, contacts: 2, municipalities: 1),
    ]

    @Test(arguments: expected.map(\.id))
    func countsMatchTheSource(id: String) throws {
        let e = try #require(Self.expected.first { $0.id == id })
        let r = try #require(TestData.atlas.region(id: id))
        #expect(r.challenges.map(\.personas.count) == e.personasPerChallenge)
        #expect(r.challenges.map(\.obstacles.count) == e.obstacles)
        #expect(r.challenges.map(\.outcomes.count) == e.outcomes)
        #expect(r.arena.services.count == e.services)
        #expect(r.timing.milestones.count == e.milestones)
        #expect(Set(r.timing.milestones.map(\.kind)) == [.launch, .deadline, .review, .pitches, .decision, .rebuttal])
        #expect(r.contacts.people.count == e.contacts)
        #expect(r.municipalities.count == e.municipalities)
    }

    @Test func needServicePairsWhereTheSourceHasThem() {
        let withNeeds = TestData.atlas.regions.filter { $0.arena.services.allSatisfy { $0.need != nil } }.map(\.id).sorted()
        #expect(withNeeds == ["aalst", "leuven", "zuidwest-rand"])
    }

    @Test func haspengouwRecognisability() throws {
        let r = try #require(TestData.atlas.region(id: "haspengouw"))
        let table = r.enrichment.recognisability.map { ($0.challenge, $0.levels.map(\.percent)) }
        #expect(table.map(\.0) == [1, 2, 3])
        #expect(table.map(\.1) == [[58, 9, 33, 0], [50, 17, 33, 0], [75, 9, 16, 0]])
    }

    @Test func submissionSubjectLinesAsTheSourcesRequire() {
        let subjects = Dictionary(uniqueKeysWithValues: TestData.atlas.regions.map { ($0.id, $0.contacts.submission.subject) })
        #expect(subjects["zuidwest-rand"] == "kandidatuur Capacity Building Zuidwest Rand")
        #expect(subjects["leuven"] == "Kandidatuur Capacity Building Leuven")
        #expect(subjects["aalst"] == .some(nil))
        #expect(subjects["haspengouw"] == .some(nil))
        #expect(subjects["klein-brabant-vaartland"] == .some(nil))
    }

    @Test func contradictionsAreRecordedNotResolved() throws {
        let aalst = try #require(TestData.atlas.region(id: "aalst"))
        #expect(aalst.timing.summary.first?.text?.contains("2 juni 2023") == true)
        #expect(aalst.deadline?.text.contains("9 juni 2023") == true)
        #expect(aalst.notes.contains { $0.kind == .contradiction && $0.path.hasPrefix("$.timing") })
        let hasp = try #require(TestData.atlas.region(id: "haspengouw"))
        #expect(hasp.contacts.people[0].name == "Wim Mommeyer")
        #expect(hasp.contacts.people[0].nameAsWritten == "Wim Wim Mommeyer")
    }

    @Test func phonesNormalisedToPlus32() {
        let phones = TestData.atlas.regions.flatMap(\.contacts.people).compactMap(\.phoneIntl)
        #expect(phones.contains("+32 493 41 52 75"))
        #expect(phones.contains("+32 15 29 83 02"))
        #expect(phones.contains("+32 53 72 39 47"))
        #expect(phones.allSatisfy { $0.hasPrefix("+32 ") })
    }

    @Test func relativeMilestonesKeptAsWritten() {
        let rel = TestData.atlas.regions.flatMap(\.timing.milestones).filter { $0.pattern == .relative }
        #expect(rel.count == 3)
        #expect(rel.allSatisfy { $0.relative?.lowercased() == "einddatum + 14 dagen" && $0.dates.isEmpty })
    }
}
