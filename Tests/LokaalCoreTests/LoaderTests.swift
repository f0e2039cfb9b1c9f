import Foundation
import Testing
@testable import LokaalCore
import LokaalTestSupport

@Suite struct LoaderTests {
    @Test func bundledDataLoadsAllFiveRegions() throws {
        let atlas = TestData.atlas
        #expect(atlas.regions.map(\.id).sorted() == ["aalst", "haspengouw", "klein-brabant-vaartland", "leuven", "zuidwest-rand"])
        #expect(try AtlasLoader.check(directory: TestData.directory).isEmpty)
    }

    @Test func wrongTypeNamesFilePathAndExpectation() throws {
        let dir = try TestData.scratch { $0.set(["contacts", "people", 1, "email"], 42) }
        let e = try #require(TestData.loadError(dir))
        #expect(e.file.hasSuffix("leuven.json"))
        #expect(e.path == "$.contacts.people[1].email")
        #expect(e.message.hasPrefix("expected a string"))
        #expect(e.exitCode == 65)
    }

    @Test func missingFieldIsNamed() throws {
        let dir = try TestData.scratch { $0.set(["challenges", 2, "questions"], nil) }
        let e = try #require(TestData.loadError(dir))
        #expect(e.path == "$.challenges[2].questions")
        #expect(e.message == "missing required field")
        #expect(e.exitCode == 65)
    }

    @Test func nullIsNotAString() throws {
        let dir = try TestData.scratch { $0.set(["name"], NSNull()) }
        let e = try #require(TestData.loadError(dir))
        #expect(e.path == "$.name")
        #expect(e.message.contains("found null"))
    }

    @Test func unknownEnumValue() throws {
        let dir = try TestData.scratch { $0.set(["timing", "milestones", 0, "kind"], "party") }
        let e = try #require(TestData.loadError(dir))
        #expect(e.path == "$.timing.milestones[0].kind")
        #expect(e.message.contains("party"))
    }

    @Test func truncatedFileIsNotValidJSON() throws {
        let full = try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/leuven.json"))
        let dir = try TestData.scratch(file: "leuven.json", bytes: full.prefix(full.count / 2))
        let e = try #require(TestData.loadError(dir))
        #expect(e.message.hasPrefix("not valid JSON"))
        #expect(e.description.contains("leuven.json: not valid JSON"))
        #expect(e.exitCode == 65)
    }

    @Test func emptyFileAndInvalidUTF8() throws {
        let empty = try #require(TestData.loadError(try TestData.scratch(file: "x.json", bytes: Data())))
        #expect(empty.message == "is empty")
        #expect(empty.exitCode == 65)
        let bad = try #require(TestData.loadError(try TestData.scratch(file: "x.json", bytes: Data([0x7b, 0xff, 0xfe, 0x7d]))))
        #expect(bad.message.hasPrefix("is not valid UTF-8"))
    }

    @Test func missingDirectoryAndEmptyDirectoryExit66() throws {
        let e = try #require(TestData.loadError("/nonexistent/lokaal-data"))
        #expect(e.exitCode == 66)
        let emptyDir = try ScratchDirectory(prefix: "lokaal-empty")
        let e2 = try #require(TestData.loadError(emptyDir))
        #expect(e2.exitCode == 66)
        #expect(e2.message.contains("no region files"))
    }

    @Test func aDirectoryNamedLikeARegionFileExits66() throws {
        let dir = try TestData.scratch()
        try FileManager.default.createDirectory(atPath: "\(dir)/extra.json", withIntermediateDirectories: true)
        let e = try #require(TestData.loadError(dir))
        #expect(e.file.hasSuffix("extra.json"))
        #expect(e.exitCode == 66)
    }

    @Test func validationErrorsCarryPaths() throws {
        let cases: [(String, ([String: Any]) -> [String: Any], String, String)] = [
            ("id", { var j = $0; j.set(["id"], "elsewhere"); return j }, "$.id", "file is named"),
            ("number", { var j = $0; j.set(["challenges", 1, "number"], 1); return j }, "$.challenges[1].number", "duplicate challenge number"),
            ("persona", { var j = $0; j.set(["challenges", 0, "personas", 0], "Nobody"); return j }, "$.challenges[0].personas[0]", "Nobody"),
            ("date", { var j = $0; j.set(["timing", "milestones", 0, "dates", 0], "2023-02-30"); return j }, "$.timing.milestones[0].dates[0]", "not a valid date"),
            ("email", { var j = $0; j.set(["contacts", "people", 0, "email"], "anne at vdab"); return j }, "$.contacts.people[0].email", "not a valid e-mail"),
            ("phone", { var j = $0; j.set(["contacts", "people", 0, "phoneIntl"], "+32 499 94 88 23"); return j }, "$.contacts.people[0].phoneIntl", "not the same number"),
            ("deadline", { var j = $0; j.set(["timing", "milestones", 1, "kind"], "review"); return j }, "$.timing.milestones", "deadline"),
            ("challenges", { var j = $0; j.set(["challenges"], [Any]()); return j }, "$.challenges", "at least one"),
        ]
        for (name, mutate, path, fragment) in cases {
            let dir = try TestData.scratch { $0 = mutate($0) }
            let problems = try AtlasLoader.check(directory: dir.path)
            #expect(problems.contains { $0.path == path && $0.description.contains(fragment) }, "case \(name): \(problems)")
            #expect(problems.allSatisfy { $0.exitCode == 65 }, "case \(name)")
        }
    }

    @Test func percentagesMustAddUp() throws {
        let dir = try TestData.scratch(region: "haspengouw") { $0.set(["enrichment", "recognisability", 0, "levels", 0, "percent"], 57) }
        let e = try #require(TestData.loadError(dir))
        #expect(e.path == "$.enrichment.recognisability[0].levels")
        #expect(e.message.contains("99"))
    }

    @Test func duplicateRegionIDsAcrossFiles() throws {
        let dir = try TestData.scratch()
        try FileManager.default.copyItem(atPath: "\(dir)/leuven.json", toPath: "\(dir)/leuven-copy.json")
        let problems = try AtlasLoader.check(directory: dir.path)
        #expect(problems.contains { $0.file.hasSuffix("leuven-copy.json") && $0.path == "$.id" })
    }

    @Test func errorLineReadsAsDocumented() {
        let e = LoadError(.invalid, file: "Data/leuven.json", path: "$.contacts[1].email", message: "expected a string")
        #expect(e.description == "Data/leuven.json: at $.contacts[1].email: expected a string")
    }

    @Test func locatorOrder() throws {
        let dataDir = TestData.directory
        let fromFlag = DataLocator(explicit: dataDir, environment: ["LOKAAL_DATA": "/nope"], executablePath: nil, sourceTreeData: "/nope")
        #expect(try fromFlag.locate() == dataDir)
        let fromEnv = DataLocator(explicit: nil, environment: ["LOKAAL_DATA": dataDir], executablePath: nil, sourceTreeData: "/nope")
        #expect(try fromEnv.locate() == dataDir)
        let badEnv = DataLocator(explicit: nil, environment: ["LOKAAL_DATA": "/nope"], executablePath: nil, sourceTreeData: dataDir)
        #expect(throws: LoadError.self) { try badEnv.locate() }
        let tree = DataLocator(explicit: nil, environment: [:], executablePath: "/nonexistent/bin/lokaal", sourceTreeData: dataDir)
        #expect(try tree.locate() == dataDir)
        let nothing = DataLocator(explicit: nil, environment: [:], executablePath: nil, sourceTreeData: "/nope")
        do { _ = try nothing.locate(); Issue.record("expected failure") } catch { #expect(error.exitCode == 66) }
    }
}
