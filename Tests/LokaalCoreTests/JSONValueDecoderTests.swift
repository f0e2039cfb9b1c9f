import Foundation
import Testing
@testable import LokaalCore

/// The loader's own `Decodable` decoder (its fallback, which says where a file breaks) must
/// accept and produce exactly what Foundation's `JSONDecoder` would: checked on every bundled file and, differentially, on every
/// mutated file of the mutation catalogue that is valid JSON.
@Suite struct JSONValueDecoderTests {
    private func tree(_ data: Data) throws -> JSONValue { try StrictJSONParser.parse(data).get() }

    @Test func everyBundledFileDecodesAsFoundationDecodesIt() throws {
        for region in TestData.atlas.regions {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/\(region.id).json"))
            let fast = try JSONValueDecoder.decode(Region.self, from: tree(data))
            #expect(fast == (try JSONDecoder().decode(Region.self, from: data)))
            #expect(fast == region)
        }
        let themes = try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/themes.json"))
        #expect(try JSONValueDecoder.decode(ThemeVocabulary.self, from: tree(themes)) == JSONDecoder().decode(ThemeVocabulary.self, from: themes))
    }

    /// Every mutation whose bytes are valid JSON: the strict decode and Foundation agree on
    /// success or failure, and on the value.
    @Test func agreesWithFoundationOnEveryMutatedFile() throws {
        var compared = 0, accepted = 0
        for m in MutationTests.catalogue {
            guard case .bytes(let data) = m.setup, m.fileName.hasSuffix(".json"),
                  case .success(let t) = StrictJSONParser.parse(data) else { continue }
            compared += 1
            func outcome<T: Decodable & Equatable>(_ type: T.Type) {
                // Foundation drops unknown keys; lokaal refuses them (issue 13).
                let foundation = m.kind == .unknownKey ? nil : try? JSONDecoder().decode(T.self, from: data)
                let strict = try? JSONValueDecoder.decode(T.self, from: t)
                #expect(strict == foundation, "\(m.summary)")
                if strict != nil { accepted += 1 }
            }
            if m.fileName == "themes.json" { outcome(ThemeVocabulary.self) } else { outcome(Region.self) }
        }
        #expect(compared >= 800, "valid-JSON mutations compared: \(compared)")
        #expect(accepted < compared, "some mutations must fail to decode")
    }

    @Test func wholeNumbersAreReadAsFoundationReadsThem() throws {
        struct N: Decodable, Equatable { var n: Int }
        for literal in ["2", "-7", "2.0", "2e0", "2E+1", "0.0", "-0", "1e-400", "9223372036854775807", "-9223372036854775808",
                        "1.5", "1e400", "9223372036854775808", "-9223372036854775809", "0.1e1", "1e19"] {
            let data = Data("{\"n\": \(literal)}".utf8)
            let foundation = try? JSONDecoder().decode(N.self, from: data)
            let fast = try? JSONValueDecoder.decode(N.self, from: tree(data))
            #expect(fast == foundation, "\(literal): Foundation \(String(describing: foundation)), tree \(String(describing: fast))")
        }
        #expect(JSONValue.integer("-9223372036854775809", as: Int.self) == nil, "not rounded into range")
        #expect(JSONValue.integer("2.0", as: Int.self) == 2)
        #expect(JSONValue.integer("1.5", as: Int.self) == nil)
        #expect(JSONValue.integer("300", as: UInt8.self) == nil)
    }

    @Test func missingNullAndWrongMembersFailLikeFoundation() throws {
        struct S: Decodable, Equatable { var a: String; var b: [Int]?; var c: Bool? }
        for text in ["{\"a\": \"x\"}", "{\"a\": \"x\", \"b\": null}", "{\"a\": \"x\", \"b\": [1, 2], \"c\": true}",
                     "{\"a\": null}", "{}", "{\"a\": 1}", "{\"a\": \"x\", \"b\": [1, \"2\"]}", "{\"a\": \"x\", \"b\": {}}",
                     "{\"a\": \"x\", \"c\": 1}", "[]", "\"a\"", "{\"a\": \"x\", \"b\": [], \"c\": null}"] {
            let data = Data(text.utf8)
            let foundation = try? JSONDecoder().decode(S.self, from: data)
            #expect((try? JSONValueDecoder.decode(S.self, from: tree(data))) == foundation, "\(text)")
        }
    }

    @Test func anUnknownKeyIsAnErrorWithItsPathAndTheKeyItMeant() throws {
        struct Inner: Decodable, Equatable { var email: String; var phone: String? }
        struct S: Decodable, Equatable { var people: [Inner] }
        let t = try tree(Data(#"{"$schema": "x", "people": [{"email": "a@b.c"}, {"emial": "d@e.f"}]}"#.utf8))
        // The strict decode only fails (here at the missing "email"); the log says why.
        #expect(throws: (any Error).self) { try JSONValueDecoder.decode(S.self, from: t) }
        let extra = try tree(Data(#"{"people": [{"email": "a@b.c", "emial": "d@e.f"}]}"#.utf8))
        #expect(throws: UnknownKeyError.self) { try JSONValueDecoder.decode(S.self, from: extra) }
        // An optional member that is null, or absent, is read or not asked for: no error.
        let null = try tree(Data(#"{"$schema": "x", "people": [{"email": "a@b.c", "phone": null}, {"email": "d@e.f"}]}"#.utf8))
        #expect((try? JSONValueDecoder.decode(S.self, from: null)) != nil)
        let log = KeyLog()
        #expect(throws: DecodingError.self) { try JSONValueDecoder.decode(S.self, from: t, log: log) }
        let u = try #require(log.unknown.first)
        #expect(u.memberPath == "$.people[1].emial")
        #expect(log.suggestion(for: u) == "email")
        // `$schema` is allowed at the top only.
        let nested = try tree(Data(#"{"people": [{"email": "a@b.c", "$schema": "x"}]}"#.utf8))
        #expect(throws: UnknownKeyError.self) { try JSONValueDecoder.decode(S.self, from: nested) }
        // A key far from every known key gets no suggestion.
        let far = try tree(Data(#"{"people": [{"email": "a@b.c", "zzzzzzzz": 1}]}"#.utf8))
        let farLog = KeyLog()
        _ = try? JSONValueDecoder.decode(S.self, from: far, log: farLog)
        #expect(farLog.unknown.first.map { farLog.suggestion(for: $0) } == .some(nil))
    }

    @Test func theLoaderNamesFilePathAndSuggestion() throws {
        let dir = try TestData.scratch { json in
            var contacts = json["contacts"] as! [String: Any]
            var people = contacts["people"] as! [[String: Any]]
            people[0]["emial"] = people[0].removeValue(forKey: "email")
            contacts["people"] = people
            json["contacts"] = contacts
        }
        let file = dir.path + "/leuven.json"
        let e = try #require(RegionFileDecoder.decode(Region.self, file: file, shown: "leuven.json").failure)
        #expect(e.exitCode == 65)
        #expect(e.description.contains("leuven.json"))
        #expect(e.path == "$.contacts.people[0].emial")
        #expect(e.message == "unknown key \"emial\" (did you mean \"email\"?)")
    }
}

private extension Result {
    var failure: Failure? { if case .failure(let f) = self { return f }; return nil }
}
