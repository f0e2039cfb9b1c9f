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
            let texts = atlas.foldedTexts
            // Region by region (on every core when there are many): memmem over the folded
            // text finds the fields; only those are named and matched exactly.
            return Array(atlas.regions.indices).concurrentMap(parallel: atlas.regions.count >= Atlas.manyRegions) { r in
                let found = texts[r].indices.filter { TextFolding.contains(folded: texts[r][$0], folded) }
                guard !found.isEmpty else { return [SearchHit]() }
                return TextField.fields(at: found, of: atlas.regions[r]).compactMap { f in
                    TextFolding.firstMatch(of: query, in: f.text).map { snippet(of: f, match: $0, radius: snippetRadius) }
                }
            }.flatMap { $0 }
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
        // Only the characters around the match are needed: from one before the widest start
        // (to see a word boundary) to one past the widest end (to know whether text follows).
        let text = f.text
        let first = max(0, match.lowerBound - radius - 1)
        var i = text.startIndex, n = 0
        while n < first, i < text.endIndex { text.formIndex(after: &i); n += 1 }
        let last = match.upperBound + radius
        var window: [Character] = []
        window.reserveCapacity(last - first + 1)
        while n <= last, i < text.endIndex { window.append(text[i]); text.formIndex(after: &i); n += 1 }
        let count = i < text.endIndex ? Int.max : first + window.count   // characters in the text, when known
        func char(_ k: Int) -> Character { window[k - first] }
        var start = max(0, match.lowerBound - radius)
        var end = min(count, last)
        // Prefer word boundaries.
        while start > 0, start < match.lowerBound, char(start - 1) != " " { start += 1 }
        while end < count, end > match.upperBound, char(end) != " " { end -= 1 }
        let prefix = start > 0 ? "…" : ""
        let suffix = end < count ? "…" : ""
        let body = String(window[(start - first)..<(end - first)]).split(whereSeparator: \.isNewline).joined(separator: " ")
        let offset = prefix.count + (match.lowerBound - start)
        return SearchHit(field: f, snippet: prefix + body + suffix, match: offset..<(offset + match.count))
    }
}
