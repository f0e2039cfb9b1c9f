import Foundation
import Testing
import LokaalCore

/// `lokaal fit` as a user runs it: exit codes, stderr, JSON shape, control characters.
@Suite(.serialized) struct FitCommandTests {
    static let binary = LokaalBinary.locate()

    func run(_ args: [String]) throws -> LokaalBinary.Run {
        try #require(Self.binary, "the lokaal binary is built next to the tests").runOnBundledData(args)
    }

    @Test func blankTextIsAUsageError() throws {
        for args in [["fit"], ["fit", ""], ["fit", "  ", "\t"]] {
            let r = try run(args)
            #expect(r.status == 64, "\(args)")
        }
    }

    @Test func stopWordsOnlyGiveNoHitsAndSayWhy() throws {
        let r = try run(["fit", "wij en de", "--json"])
        #expect(r.status == 0)
        #expect(String(decoding: r.stderr, as: UTF8.self).contains("no meaningful words"))
        let json = try JSONSerialization.jsonObject(with: r.stdout) as! [String: Any]
        #expect((json["hits"] as! [Any]).isEmpty)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let r = try run(["fit", "wij", "bieden", "schuldhulpverlening", "en", "budgetbeheer", "--json", "--limit", "5"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: r.stdout) as! [String: Any]
        #expect(json["query"] as? String == "wij bieden schuldhulpverlening en budgetbeheer")
        let hits = json["hits"] as! [[String: Any]]
        #expect(hits.count == 5)
        let first = hits[0]
        #expect(first["region"] as? String == "aalst" && first["item"] as? String == "S11" && first["kind"] as? String == "service")
        #expect(first["title"] is String && first["score"] is Double && first["themes"] is [String])
        let why = first["why"] as! [[String: Any]]
        #expect(!why.isEmpty)
        for w in why {
            #expect(w["query"] is String && w["matched"] is String && w["field"] is String)
            #expect(["exact", "stem", "compound", "theme"].contains(w["via"] as? String ?? ""))
        }
        let scores = hits.map { $0["score"] as! Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func optionsFilter() throws {
        let r = try run(["fit", "kinderopvang", "--region", "leuven", "zuidwest", "--kind", "service", "--json"])
        #expect(r.status == 0)
        let hits = (try JSONSerialization.jsonObject(with: r.stdout) as! [String: Any])["hits"] as! [[String: Any]]
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ["leuven", "zuidwest-rand"].contains($0["region"] as! String) && $0["kind"] as? String == "service" })
        #expect(try run(["fit", "x", "--kind", "neither"]).status == 64)
        #expect(try run(["fit", "x", "--region", "nowhere"]).status == 64)
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        for args in [["fit", "\u{1B}[31mschulden\u{07}"], ["fit", "\u{1B}]0;x\u{07}"], ["fit", "\u{1B}[2J wij"]] {
            let r = try run(args)
            #expect(r.status == 0)
            for bytes in [r.stdout, r.stderr] { #expect(!bytes.contains(0x1B) && !bytes.contains(0x07), "\(args)") }
        }
    }
}
