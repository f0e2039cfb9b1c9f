import LokaalCore

/// `lokaal similar REGION ITEM`: the items of other regions most like one challenge or service need, with why.
///
/// Hits have the shape of `lokaal fit`'s (``FitReport/Hit``): the item's own words are the
/// offer and its themes the signals (``FitIndex/similar(to:limit:)``).
public enum SimilarReport {
    /// `similar --json`: the item asked about, then the hits, best first.
    public struct Result: Codable, Equatable {
        public let region: String
        public let item: String
        public let kind: String
        public let title: String
        public let hits: [FitReport.Hit]
    }

    /// The index in ``FitIndex/items`` of `item` (`C3`, `s11`; case ignored) of a region, or a message
    /// naming the items the region has.
    public static func resolve(_ atlas: Atlas, region: Region, item: String) -> Swift.Result<Int, Message> {
        let index = atlas.fitIndex
        let wanted = ScalarTrimming.trimmingWhitespace(item).uppercased()
        if let i = index.items.firstIndex(where: { $0.regionID == region.id && $0.id == wanted }) { return .success(i) }
        let c = region.challenges.count, s = region.arena.services.count
        var has: [String] = []
        if c > 0 { has.append(c == 1 ? "C1" : "C1–C\(c)") }
        if s > 0 { has.append(s == 1 ? "S1" : "S1–S\(s)") }
        let name = Sanitizer.clean(region.name)
        return .failure(Message(text: "no item \"\(Sanitizer.clean(item))\" in \(name): it has " + (has.isEmpty ? "none" : has.joined(separator: " and "))
                                + " (C<n> a challenge, S<n> a service need, as in the browser)"))
    }

    /// Why an item could not be resolved.
    public struct Message: Error, Equatable { public let text: String }

    public static func result(_ atlas: Atlas, item i: Int, hits: [FitHit]) -> Result {
        let it = atlas.fitIndex.items[i]
        return Result(region: it.regionID, item: it.id, kind: it.kind.rawValue, title: it.title,
                      hits: FitReport.result(query: it.title, hits: hits).hits)
    }

    public static func json(_ atlas: Atlas, item i: Int, hits: [FitHit]) -> String {
        JSONOutput.encode(result(atlas, item: i, hits: hits))
    }

    public static func plain(_ atlas: Atlas, item i: Int, hits: [FitHit], style: OutputStyle) -> String {
        let it = atlas.fitIndex.items[i]
        let region = atlas.region(id: it.regionID).map { Sanitizer.clean($0.name) } ?? it.regionID
        var out = style.bold("Most like \(region) \(it.id)") + style.dim(" · " + Wrapper.truncate(Sanitizer.clean(it.title), width: max(10, style.width - 20))) + "\n\n"
        out += hits.isEmpty ? "No item of another region is like it.\n" : FitReport.plain(atlas, query: it.title, hits: hits, style: style)
        return out
    }
}
