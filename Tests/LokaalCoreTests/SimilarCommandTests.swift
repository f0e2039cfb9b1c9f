import Foundation
import Testing
import LokaalCore

/// `lokaal similar` and `lokaal compare --json` as a user runs them: exit codes, suggestions, JSON shapes.
@Suite(.serialized) struct SimilarCommandTests {
    static let binary = LokaalBinary.locate()

    func run(_ args: [String]) throws -> LokaalBinary.Run {
        try #require(Self.binary, "the lokaal binary is built next to the tests").runOnBundledData(args)
    }

    @Test func housingNeedsOfOtherRegionsComeFirst() throws {
        let r = try run(["similar", "aalst", "s3", "--json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: r.stdout) as! [String: Any]
        #expect(json["region"] as? String == "aalst" && json["item"] as? String == "S3" && json["kind"] as? String == "service")
        let hits = json["hits"] as! [[String: Any]]
        #expect(hits.count == 10)
        let first = hits.prefix(2).map { "\($0["region"]!) \($0["item"]!)" }
        #expect(Set(first) == ["leuven S9", "zuidwest-rand S8"])   // both "Huisvesting op maat"
        #expect(hits.allSatisfy { $0["region"] as? String != "aalst" })
        // fit's hit shape.
        #expect(hits.allSatisfy { Set($0.keys) == ["region", "item", "kind", "score", "title", "why", "themes"] })
    }

    @Test func plainSaysWhichItemAndWhy() throws {
        let r = try run(["similar", "leuven", "C3", "--limit", "3"])
        #expect(r.status == 0)
        let out = String(decoding: r.stdout, as: UTF8.self)
        #expect(out.hasPrefix("Most like Leuven C3"))
        #expect(out.contains("1. Zuidwest Rand C3"))
        #expect(out.contains("why: "))
    }

    @Test func aRegionNamedTwiceCountsOnce() throws {
        // Found by a new user: `compare leuven leu` trapped in the alignment; `timeline leuven leuven` listed
        // every milestone twice (and --ics gave two events one UID).
        let compare = try run(["compare", "leuven", "leu", "--json"])
        #expect(compare.status == 64)
        #expect(String(decoding: compare.stderr, as: UTF8.self).contains("compare needs two different regions"))
        let three = try run(["compare", "aalst", "zuid", "aalst", "--json"])
        #expect(three.status == 0)
        let json = try JSONSerialization.jsonObject(with: three.stdout) as! [String: Any]
        #expect(json["regions"] as? [String] == ["aalst", "zuidwest-rand"])
        let once = try run(["timeline", "leuven", "--json"]), twice = try run(["timeline", "leuven", "leuven", "--json"])
        #expect(once.status == 0 && twice.status == 0 && once.stdout == twice.stdout)
        let ics = try run(["timeline", "--ics", "leuven", "leuven"])
        let uids = String(decoding: ics.stdout, as: UTF8.self).split(separator: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(!uids.isEmpty && Set(uids).count == uids.count)
    }

    @Test func unknownRegionOrItemIsAUsageErrorWithASuggestion() throws {
        let item = try run(["similar", "aalst", "S30"])
        #expect(item.status == 64)
        #expect(String(decoding: item.stderr, as: UTF8.self).contains("it has C1–C2 and S1–S12"))
        let region = try run(["similar", "leuve", "S1"])
        #expect(region.status == 0)   // a prefix is a region
        let unknown = try run(["similar", "nowhere", "S1"])
        #expect(unknown.status == 64)
        #expect(String(decoding: unknown.stderr, as: UTF8.self).contains("did you mean"))
        #expect(try run(["similar", "aalst", "X1"]).status == 64)
        #expect(try run(["similar", "aalst", "C1", "--limit", "0"]).status == 64)
    }

    @Test func compareJSONCarriesItemsMatchAndWhy() throws {
        let ab = try run(["compare", "leuven", "zuidwest", "--json"])
        #expect(ab.status == 0)
        let json = try JSONSerialization.jsonObject(with: ab.stdout) as! [String: Any]
        let rows = json["rows"] as! [[String: Any]]
        let aligned = rows.filter { ["challenges", "services"].contains($0["section"] as? String) }
        #expect(!aligned.isEmpty)
        for row in aligned {
            let items = row["items"] as! [Any]
            #expect(items.count == 2)
            #expect(items.allSatisfy { $0 is NSNull || ($0 as? String)?.first.map { "CS".contains($0) } == true })
            let match = row["match"] as! String
            #expect(["same", "similar", "only"].contains(match))
            #expect((row["why"] != nil) == (match == "similar"))
        }
        #expect(rows.filter { !["challenges", "services"].contains($0["section"] as? String) }.allSatisfy { $0["items"] == nil && $0["match"] == nil })
        let services = aligned.filter { $0["section"] as? String == "services" }
        #expect(services.filter { $0["match"] as? String == "same" }.count == 8)
        #expect((json["summaries"] as? [String: String])?["services"] == "9 of 10 service types shared (8 the same, 1 similar), 1 only in Leuven")
        // B with A: the same pairs.
        let ba = try run(["compare", "zuidwest", "leuven", "--json"])
        let rowsBA = (try JSONSerialization.jsonObject(with: ba.stdout) as! [String: Any])["rows"] as! [[String: Any]]
        func pairs(_ rows: [[String: Any]], flip: Bool) -> Set<String> {
            Set(rows.compactMap { r -> String? in
                guard let items = r["items"] as? [Any] else { return nil }
                let s = items.map { ($0 as? String) ?? "-" }
                return (flip ? s.reversed() : s).joined(separator: "|") + "|" + (r["match"] as! String)
            })
        }
        #expect(pairs(rows, flip: false) == pairs(rowsBA, flip: true))
    }
}
