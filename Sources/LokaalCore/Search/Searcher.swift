/// Full-text search over every field of an ``Atlas``: case- and diacritic-insensitive.
public enum Searcher {
    /// Every field containing the query, one hit per field (the first match), in reading order.
    public static func search(_ query: String, in atlas: Atlas, snippetRadius: Int = 30) -> [SearchHit] {
        search(query, fields: atlas.fields, snippetRadius: snippetRadius)
    }

    /// Search over an explicit list of fields.
    public static func search(_ query: String, fields: [TextField], snippetRadius: Int = 30) -> [SearchHit] {
        let folded = TextFolding.fold(query)
        guard !folded.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        var hits: [SearchHit] = []
        for f in fields {
            // Cheap pre-check on the whole folded field before mapping offsets.
            guard TextFolding.fold(f.text).contains(folded),
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
