/// Full-text search over every field of an ``Atlas``: case- and diacritic-insensitive.
public enum Searcher {
    struct Query: Hashable, Sendable {
        let text: String, radius: Int
    }

    /// Every field containing the query, one hit per field (the first match), in reading order.
    public static func search(_ query: String, in atlas: Atlas, snippetRadius: Int = 30) -> [SearchHit] {
        let folded = TextFolding.fold(query)
        guard !folded.allSatisfy(\.isWhitespace) else { return [] }
        // Kept per query: the browser asks once in the controller and again to draw.
        return atlas.memoized(Query(text: query, radius: snippetRadius)) {
            let texts = atlas.foldedFields
            return atlas.fields.indices.compactMap { i in
                guard TextFolding.contains(folded: texts[i], folded),
                      let m = TextFolding.firstMatch(of: query, in: atlas.fields[i].text) else { return nil }
                return snippet(of: atlas.fields[i], match: m, radius: snippetRadius)
            }
        }
    }

    /// Search over an explicit list of fields.
    public static func search(_ query: String, fields: [TextField], snippetRadius: Int = 30) -> [SearchHit] {
        let folded = TextFolding.fold(query)
        guard !folded.allSatisfy(\.isWhitespace) else { return [] }
        var hits: [SearchHit] = []
        for f in fields {
            // Cheap pre-check on the whole folded field before mapping offsets.
            guard TextFolding.contains(folded: TextFolding.fold(f.text), folded),
                  let m = TextFolding.matches(of: query, in: f.text).first else { continue }
            hits.append(snippet(of: f, match: m, radius: snippetRadius))
        }
        return hits
    }

    static func snippet(of f: TextField, match: Range<Int>, radius: Int) -> SearchHit {
        let chars = Array(f.text)
        var start = max(0, match.lowerBound - radius)
        var end = min(chars.count, match.upperBound + radius)
        // Prefer word boundaries.
        while start > 0, start < match.lowerBound, chars[start - 1] != " " { start += 1 }
        while end < chars.count, end > match.upperBound, chars[end] != " " { end -= 1 }
        let prefix = start > 0 ? "…" : ""
        let suffix = end < chars.count ? "…" : ""
        let body = String(chars[start..<end]).split(whereSeparator: \.isNewline).joined(separator: " ")
        let offset = prefix.count + (match.lowerBound - start)
        return SearchHit(field: f, snippet: prefix + body + suffix, match: offset..<(offset + match.count))
    }
}
