import Foundation
import Testing
@testable import LokaalCore

/// The loader's fast path (``TreeDecodable``) accepts exactly what `Decodable` through
/// ``JSONValueDecoder`` accepts and builds the same value: on every bundled file, on every
/// valid-JSON mutation of the mutation catalogue, and on small hand-made trees for each
/// rule (missing, null, wrong type, unknown member, `$schema` only at the top).
@Suite struct TreeDecodingTests {
    private func tree(_ text: String) throws -> JSONValue { try StrictJSONParser.parse(Data(text.utf8)).get() }
    private func tree(_ data: Data) throws -> JSONValue { try StrictJSONParser.parse(data).get() }

    @Test func everyBundledFileReadsAsDecodableReadsIt() throws {
        for region in TestData.atlas.regions {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/\(region.id).json"))
            let fast = try Region(document: tree(data))
            #expect(fast == region)
            #expect(fast == (try JSONValueDecoder.decode(Region.self, from: tree(data))))
        }
        let themes = try tree(Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/themes.json")))
        let vocabulary = try ThemeVocabulary(document: themes)
        #expect(vocabulary == (try JSONValueDecoder.decode(ThemeVocabulary.self, from: themes)))
        #expect(vocabulary.themes.count > 5)
    }

    /// Every mutation whose bytes are valid JSON: both accept it or both refuse it, with the same value.
    @Test func agreesWithDecodableOnEveryMutatedFile() throws {
        var compared = 0, accepted = 0, refused = 0
        for m in MutationTests.catalogue {
            guard case .bytes(let data) = m.setup, m.fileName.hasSuffix(".json"),
                  case .success(let t) = StrictJSONParser.parse(data) else { continue }
            compared += 1
            func outcome<T: Decodable & TreeDecodable & Equatable>(_ type: T.Type) {
                let fast = try? T(document: t)
                let decodable = try? JSONValueDecoder.decode(T.self, from: t)
                #expect(fast == decodable, "\(m.summary)")
                if fast != nil { accepted += 1 } else { refused += 1 }
            }
            if m.fileName == "themes.json" { outcome(ThemeVocabulary.self) } else { outcome(Region.self) }
        }
        #expect(compared >= 800, "valid-JSON mutations compared: \(compared)")
        #expect(accepted > 0 && refused > 0, "accepted \(accepted), refused \(refused)")
    }

    /// One rule at a time, on a small type of each shape the model uses.
    @Test func eachRuleAsDecodableHasIt() throws {
        let choice = #"{"text": "t", "items": ["a"]}"#
        #expect(try LocalInput.Choice(document: tree(choice)) == LocalInput.Choice(text: "t", items: ["a"]))
        for refused in [#"{"text": "t"}"#, #"{"text": null, "items": []}"#, #"{"text": 1, "items": []}"#,
                        #"{"text": "t", "items": ["a", null]}"#, #"{"text": "t", "items": "a"}"#,
                        #"{"text": "t", "items": [], "extra": 1}"#, #"["t"]"#] {
            #expect(throws: TreeMismatch.self, "\(refused)") { try LocalInput.Choice(document: tree(refused)) }
            #expect((try? JSONValueDecoder.decode(LocalInput.Choice.self, from: tree(refused))) == nil, "\(refused)")
        }
        // `$schema` is allowed at the top only.
        #expect(try LocalInput.Choice(document: tree(#"{"$schema": "x", "text": "t", "items": []}"#)).text == "t")
        let nested = #"{"paragraphs": [], "focus": [{"$schema": "x", "text": "t", "items": []}], "notFocus": []}"#
        #expect(throws: TreeMismatch.self) { try LocalInput(document: tree(nested)) }
        // Optionals: missing and null are nil; a present value must have the type.
        let person = #"{"name": "n", "email": "e", "role": null}"#
        let p = try Person(document: tree(person))
        #expect(p.role == nil && p.phone == nil)
        #expect(p == (try JSONValueDecoder.decode(Person.self, from: tree(person))))
        #expect(throws: TreeMismatch.self) { try Person(document: tree(#"{"name": "n", "email": "e", "role": 3}"#)) }
        // Whole numbers as Foundation reads them; enums by raw value.
        for (literal, value) in [("2", 2), ("2.0", 2), ("2e0", 2), ("-0", 0)] {
            #expect(try Enrichment.Recognisability.Level(document: tree(#"{"label": "l", "percent": \#(literal)}"#)).percent == value)
        }
        for literal in ["1.5", "1e400", "\"2\"", "9223372036854775808"] {
            #expect(throws: TreeMismatch.self, "\(literal)") {
                try Enrichment.Recognisability.Level(document: tree(#"{"label": "l", "percent": \#(literal)}"#))
            }
        }
        #expect(try DataNote(document: tree(#"{"path": "$", "kind": "duplicate", "text": "t"}"#)).kind == .duplicate)
        #expect(throws: TreeMismatch.self) { try DataNote(document: tree(#"{"path": "$", "kind": "Duplicate", "text": "t"}"#)) }
        // A theme's English terms may be absent (none) or null (none), as its Decodable init reads them.
        let theme = try ThemeVocabulary.Theme(document: tree(#"{"id": "i", "en": "e", "nl": "n", "terms": ["t"], "termsEn": null}"#))
        #expect(theme.termsEn == [])
    }

    /// A file that does not fit still gets Decodable's located message, through the fallback.
    @Test func aMismatchIsStillLocated() throws {
        var text = try String(contentsOfFile: "\(TestData.directory)/leuven.json", encoding: .utf8)
        text = text.replacingOccurrences(of: "\"number\": 1,", with: "\"number\": \"1\",")
        let dir = try TestData.scratch(file: "leuven.json", bytes: Data(text.utf8))
        guard case .failure(let e) = RegionFileDecoder.decode(Region.self, file: "\(dir)/leuven.json", shown: "leuven.json") else {
            Issue.record("a string number must not load"); return
        }
        #expect(e.description.contains("$.challenges[0].number"), "\(e.description)")
    }
}
