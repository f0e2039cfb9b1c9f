import LokaalCore

/// `lokaal fit TEXT`: every challenge and service need ranked for an offer, each with why.
public enum FitReport {
    /// `fit --json`.
    public struct Result: Codable, Equatable {
        public let query: String
        public let hits: [Hit]
    }
    /// One ranked item; `item` is `C<n>` or `S<n>`, numbered as in the browser.
    public struct Hit: Codable, Equatable {
        public let region: String
        public let item: String
        public let kind: String
        public let score: Double
        public let title: String
        public let why: [FitReason]
        public let themes: [String]
    }

    /// The hits for `text`, filtered and limited as the options say.
    public static func hits(_ atlas: Atlas, query text: String, regions: Set<String>? = nil,
                            kind: ThemeTarget.Kind? = nil, limit: Int? = 20) -> (query: FitQuery, hits: [FitHit]) {
        let index = atlas.fitIndex
        let q = index.query(text)
        return (q, index.rank(q, regions: regions, kind: kind, limit: limit))
    }

    public static func result(query: String, hits: [FitHit]) -> Result {
        Result(query: query, hits: hits.map { h in
            Hit(region: h.item.regionID, item: h.item.id, kind: h.item.kind.rawValue,
                score: (h.score * 1000).rounded() / 1000, title: h.item.title, why: h.reasons, themes: h.themes)
        })
    }

    public static func json(query: String, hits: [FitHit]) -> String { JSONOutput.encode(result(query: query, hits: hits)) }

    /// Why the offer has no meaningful words, for stderr.
    public static func meaningless(_ text: String) -> String {
        "no meaningful words in \"\(Sanitizer.clean(text))\": only stop words, numbers of one digit or punctuation; describe the offer in words"
    }

    static func twoDecimals(_ x: Double) -> String {
        let cents = Int((x * 100).rounded())
        let frac = cents % 100
        return "\(cents / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
    }

    /// How many word matches a hit's plain "why" names before it says how many more there are.
    static let maxWords = 8

    public static func plain(_ atlas: Atlas, query: String, hits: [FitHit], style: OutputStyle) -> String {
        if hits.isEmpty { return "No challenge or service need fits \"\(Sanitizer.clean(query))\".\n" }
        var out: [String] = []
        let width = style.width
        for (rank, h) in hits.enumerated() {
            let region = atlas.region(id: h.item.regionID).map { Sanitizer.clean($0.name) } ?? h.item.regionID
            let kind = h.item.kind == .challenge ? "challenge" : "service need"
            out.append(style.bold("\(rank + 1). \(region) \(h.item.id)") + style.dim(" · \(kind) · score \(twoDecimals(h.score))"))
            out.append("   " + Wrapper.truncate(Sanitizer.clean(h.item.title), width: width - 3))
            let words = h.reasons.filter { $0.via != .theme }.map { r in
                "\(Sanitizer.clean(r.query)) → \(Sanitizer.clean(r.matched)) (\(r.field), \(r.via.rawValue))"
            }
            let themes = h.reasons.filter { $0.via == .theme }.map { r in
                let label = atlas.vocabulary.themes.first { $0.id == r.theme }.map { Sanitizer.clean($0.en) } ?? r.theme ?? ""
                return "\(Sanitizer.clean(r.query)) → \(label) theme “\(Sanitizer.clean(r.matched))” (\(r.field))"
            }
            // The strongest word matches and every theme; `--json` lists every reason.
            let more = words.count > maxWords ? ["+\(words.count - maxWords) more words (--json lists every one)"] : []
            let why = Array(words.prefix(maxWords)) + more + themes
            for line in Wrapper.wrap("why: " + why.joined(separator: "; "), width: width - 5) {
                out.append("     " + line)
            }
        }
        out.append("")
        out.append("\(hits.count) item\(hits.count == 1 ? "" : "s"), best first")
        return out.joined(separator: "\n") + "\n"
    }
}
