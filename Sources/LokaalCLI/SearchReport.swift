import LokaalCore

/// `lokaal search QUERY`: every field that contains the query, with region, section, field and snippet.
public enum SearchReport {
    /// `search --json`.
    public struct Result: Codable, Equatable {
        public let query: String
        public let hits: [Hit]
    }
    /// One hit; `match` is the matched span of `snippet` in characters.
    public struct Hit: Codable, Equatable {
        public let region: String
        public let section: String
        public let field: String
        public let path: String
        public let snippet: String
        public let match: Span
    }
    /// A half-open character range.
    public struct Span: Codable, Equatable { public let start: Int; public let end: Int }

    public static func result(_ atlas: Atlas, query: String) -> Result {
        Result(query: query, hits: Searcher.search(query, in: atlas).map {
            Hit(region: $0.field.regionID, section: $0.field.section.rawValue, field: $0.field.name,
                path: $0.field.path, snippet: $0.snippet, match: Span(start: $0.match.lowerBound, end: $0.match.upperBound))
        })
    }

    public static func json(_ atlas: Atlas, query: String) -> String { JSONOutput.encode(result(atlas, query: query)) }

    public static func plain(_ atlas: Atlas, query: String, style: OutputStyle) -> String {
        let hits = Searcher.search(query, in: atlas)
        if hits.isEmpty { return "No matches for \"\(Sanitizer.clean(query))\".\n" }
        var out: [String] = []
        var lastRegion = ""
        for h in hits {
            if h.field.regionID != lastRegion {
                if !out.isEmpty { out.append("") }
                out.append(style.bold(atlas.region(id: h.field.regionID).map { Sanitizer.clean($0.name) } ?? h.field.regionID) + " (\(h.field.regionID))")
                lastRegion = h.field.regionID
            }
            out.append("  \(h.field.section.englishTitle) › \(Sanitizer.clean(h.field.name))")
            let chars = Array(h.snippet)
            let before = Sanitizer.clean(String(chars[..<h.match.lowerBound]))
            let match = Sanitizer.clean(String(chars[h.match]))
            let after = Sanitizer.clean(String(chars[h.match.upperBound...]))
            let marked = style.color ? before + "\u{1B}[1;4m" + match + "\u{1B}[0m" + after : before + "[" + match + "]" + after
            out.append("    " + marked)
        }
        out.append("")
        out.append("\(hits.count) match\(hits.count == 1 ? "" : "es") in \(Set(hits.map(\.field.regionID)).count) region(s)")
        return out.joined(separator: "\n") + "\n"
    }
}
