import Foundation
import Testing
@testable import LokaalCore
#if canImport(Glibc)
import Glibc
#endif

/// The pieces under `AtlasLoader.decode`: the safe reader, the strict parser,
/// the path-keeping fallback decoder, message shortening and the problem cap.
@Suite struct RegionFileDecoderTests {
    private static func failure(_ r: Result<JSONValue, StrictJSONParser.Problem>) -> StrictJSONParser.Problem? {
        if case .failure(let p) = r { return p }
        return nil
    }

    private func problem(_ text: String) -> StrictJSONParser.Problem? {
        Self.failure(StrictJSONParser.parse(Data(text.utf8)))
    }

    private func problem(bytes: [UInt8]) -> StrictJSONParser.Problem? {
        Self.failure(StrictJSONParser.parse(Data(bytes)))
    }

    @Test func syntaxErrorsSayWhereWithPathLineAndColumn() throws {
        let cut = try #require(problem("{\"a\": [1, 2"))
        #expect(cut.path == "$.a")
        #expect(cut.message == "not valid JSON: unexpected end of file (line 1, column 12)")
        let inString = try #require(problem("{\n  \"name\": \"Zuid"))
        #expect(inString.path == "$.name")
        #expect(inString.message == "not valid JSON: unexpected end of file in a string (line 2, column 16)")
        let trailing = try #require(problem("{\"a\": [1,]}"))
        #expect(trailing.path == "$.a")
        #expect(trailing.message.contains("trailing commas"))
        let element = try #require(problem("{\"a\": [1, x]}"))
        #expect(element.path == "$.a[1]")
        #expect(element.message == "not valid JSON: expected a value, found 'x' (line 1, column 11)")
        #expect(problem("{\"a\": 1} x")?.message.contains("after the end of the document") == true)
        #expect(problem("{\"a\": 01}")?.message.contains("leading zeros") == true)
        #expect(problem("{\"a\": 1.}")?.path == "$.a")
        #expect(problem("{\"a\": -}") != nil)
        #expect(problem("{\"a\": +1}") != nil)
        #expect(problem("{\"a\": NaN}") != nil)
        #expect(problem("{'a': 1}")?.path == "$")
        #expect(problem("   ")?.message.contains("unexpected end of file") == true)
    }

    @Test func stringsMustBeCleanJSON() throws {
        #expect(problem("{\"a\": \"x\u{1B}y\"}")?.message.contains("control character U+001B in a string") == true)
        #expect(problem("{\"a\": \"x\u{0}y\"}")?.message.contains("control character U+0000") == true)
        #expect(problem("{\"a\": \"\\x\"}")?.message.contains("invalid escape 'x'") == true)
        #expect(problem("{\"a\": \"\\u12\"}")?.message.contains("four hexadecimal digits") == true)
        #expect(problem("{\"a\": \"\\ud800\"}")?.message.contains("first half of a surrogate pair") == true)
        #expect(problem("{\"a\": \"\\udc00\"}")?.message.contains("second half") == true)
        let tree = try StrictJSONParser.parse(Data("{\"a\": \"\\ud83d\\ude00 \\u00e9\\n\\\"\", \"b\": [true, null, -1.5e3]}".utf8)).get()
        #expect(tree == .object(["a": .string("😀 é\n\""), "b": .array([.bool(true), .null, .number("-1.5e3")])]))
    }

    @Test func invalidUTF8IsNamedByKind() throws {
        func reason(_ bytes: [UInt8]) -> String? {
            problem(bytes: Array("{\"a\": \"x".utf8) + bytes + Array("\"}".utf8))?.message
        }
        #expect(reason([0xC0, 0xAF])?.contains("overlong") == true)
        #expect(reason([0xE0, 0x80, 0xAF])?.contains("overlong") == true)
        #expect(reason([0xED, 0xA0, 0x80])?.contains("surrogate") == true)
        #expect(reason([0x80])?.contains("continuation byte with no lead byte") == true)
        #expect(reason([0xFF])?.contains("byte 0xFF") == true)
        #expect(reason([0xF4, 0x90, 0x80, 0x80])?.contains("above U+10FFFF") == true)
        #expect(reason([0xE2, 0x82])?.contains("incomplete") == true)
        #expect(reason(Array("é😀".utf8)) == nil)
        let p = try #require(problem(bytes: Array("{\"a\": [\"ok\",\n \"x".utf8) + [0xFF] + Array("\"]}".utf8)))
        #expect(p.path == "$.a[1]")
        #expect(p.message == "is not valid UTF-8: byte 0xFF (a byte that never occurs in UTF-8) (line 2, column 4)")
    }

    @Test func byteOrderMarksAndUTF16AreNamed() {
        #expect(problem(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8))?.message.contains("byte order mark") == true)
        #expect(problem(bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00])?.message.contains("UTF-16") == true)
        #expect(problem(bytes: [0x7B, 0x00, 0x7D, 0x00])?.message.contains("UTF-16") == true)
        #expect(problem(bytes: [0xFF, 0xFE, 0x00, 0x00])?.message.contains("UTF-32") == true)
    }

    @Test func duplicateKeysAndDepth() throws {
        let dup = try #require(problem("{\"a\": {\"b\": 1,\n \"b\": 2}}"))
        #expect(dup.path == "$.a.b")
        #expect(dup.message == "duplicate key \"b\" (line 2, column 2)")
        let limit = StrictJSONParser.maximumDepth
        #expect(problem(String(repeating: "[", count: limit) + String(repeating: "]", count: limit)) == nil)
        let deep = try #require(problem(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)))
        #expect(deep.message.hasPrefix("nested more than \(limit) levels deep"))
        #expect(deep.path.contains("…"), "a deep path is shortened: \(deep.path)")
        // A million levels cost no recursion beyond the limit.
        #expect(problem(String(repeating: "[", count: 1_000_000)) != nil)
    }

    @Test func theFallbackDecoderAgreesWithFoundationOnEveryBundledRegion() throws {
        for region in TestData.atlas.regions {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/\(region.id).json"))
            let tree = try StrictJSONParser.parse(data).get()
            #expect(try JSONValueDecoder.decode(Region.self, from: tree) == JSONDecoder().decode(Region.self, from: data))
        }
    }

    @Test func numbersThatDoNotFitGetAPath() throws {
        let dir = try TestData.scratch(file: "x.json", bytes: Data())
        for (literal, message) in [("1.5", "expected a whole number, found 1.5"), ("1e400", "number 1e400 is out of range"),
                                   ("9223372036854775808", "number 9223372036854775808 is out of range")] {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/leuven.json")), as: UTF8.self)
                .replacingOccurrences(of: "\"number\": 2,", with: "\"number\": \(literal),")
            let file = "\(dir)/leuven.json"
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            guard case .failure(let e) = RegionFileDecoder.decode(Region.self, file: file, shown: "leuven.json") else {
                Issue.record("\(literal) decoded"); continue
            }
            #expect(e.path == "$.challenges[1].number")
            #expect(e.message == message)
        }
    }

    @Test func theReaderRefusesWhatIsNotARegularFile() throws {
        let dir = try TestData.scratch(file: "ok.json", bytes: Data("{}".utf8))
        func read(_ name: String) -> Result<Data, LoadError> { SafeFileReader.read("\(dir)/\(name)", shown: name) }
        #expect(try read("ok.json").get() == Data("{}".utf8))
        #expect(mkfifo("\(dir)/pipe.json", 0o644) == 0)
        #expect(read("pipe.json").failure?.message == "is a named pipe (FIFO), not a regular file")
        try FileManager.default.createDirectory(atPath: "\(dir)/d.json", withIntermediateDirectories: false)
        #expect(read("d.json").failure?.message == "is a directory, not a regular file")
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/zero.json", withDestinationPath: "/dev/zero")
        #expect(read("zero.json").failure?.message == "is a character device, not a regular file")
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/gone.json", withDestinationPath: "nowhere.json")
        #expect(read("gone.json").failure?.message == "is a symbolic link to a file that does not exist")
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/loop.json", withDestinationPath: "loop.json")
        #expect(read("loop.json").failure?.message == "cannot be read (a loop of symbolic links)")
        #expect(read("missing.json").failure?.message == "no such file")
        #expect([read("pipe.json"), read("d.json"), read("zero.json"), read("loop.json")].allSatisfy { $0.failure?.exitCode == 66 })
        #expect(FileManager.default.createFile(atPath: "\(dir)/big.json", contents: nil))
        #expect(truncate("\(dir)/big.json", off_t(SafeFileReader.maximumSize + 1)) == 0)
        #expect(read("big.json").failure?.exitCode == 65)
        #expect(read("big.json").failure?.message.hasPrefix("is too large") == true)
    }

    @Test func longQuotedDataIsShortenedInMessages() {
        let long = String(repeating: "a", count: 100_000) + "\u{1B}"
        let e = LoadError(.invalid, file: "x.json", path: "$.contacts.people[0].email", message: "\"\(long)\" is not a valid e-mail address")
        #expect(e.message.utf8.count < 200)
        #expect(e.message.hasSuffix("a\u{1B}\" is not a valid e-mail address"))
        #expect(e.message.contains("(100001 bytes)"))
        let short = LoadError(.invalid, file: "x.json", message: "\"abc\" is fine")
        #expect(short.message == "\"abc\" is fine")
        #expect(LoadError(.invalid, file: "x.json", message: String(repeating: "b", count: 5000)).message.utf8.count < 500)
    }

    @Test func syntaxErrorLinesLeadWithWhatIsWrong() {
        let e = LoadError(.invalid, file: "Data/leuven.json", path: "$.name", message: "not valid JSON: unexpected end of file (line 3, column 5)")
        #expect(e.description == "Data/leuven.json: not valid JSON at $.name: unexpected end of file (line 3, column 5)")
    }

    @Test func pathsQuoteOddKeysAndShortenDeepPaths() {
        #expect(JSONPath.string([.key("contacts"), .index(1), .key("email")]) == "$.contacts[1].email")
        #expect(JSONPath.string([.key("two words"), .key("say \"hi\"")]) == "$[\"two words\"][\"say \\\"hi\\\"\"]")
        #expect(JSONPath.string([.key("$schema")]) == "$.$schema")
        let deep = JSONPath.string(Array(repeating: .index(0), count: 1000))
        #expect(deep.count < 100 && deep.contains("…"))
    }

    @Test func oneFilesProblemsAreCapped() {
        let many = (0..<120).map { LoadError(.invalid, file: "x.json", path: "$.a[\($0)]", message: "bad") }
        let capped = ProblemLimit.capped(many)
        #expect(capped.count == ProblemLimit.maximumPerFile + 1)
        #expect(capped.last?.message == "and 70 more problems in this file (only the first 50 are listed)")
        #expect(ProblemLimit.capped(Array(many.prefix(50))) == Array(many.prefix(50)))
    }
}

private extension Result {
    var failure: Failure? { if case .failure(let f) = self { return f } else { return nil } }
}
