/// Finds personas by name: exact, prefix, substring, or a near spelling.
///
/// Case and accents are ignored. A query of four or more letters also matches
/// names within a small edit distance, so `Nasim` finds both `Nassim` and
/// `Naseem`, and a typo such as `Chadya` still finds `Chadia`.
public enum PersonaFinder {
    /// How a persona matched the query.
    public enum Quality: Int, Sendable, Comparable {
        case exact = 0, prefix, substring, similar
        public static func < (a: Quality, b: Quality) -> Bool { a.rawValue < b.rawValue }
    }

    /// The personas matching `query`, best first; all of them for an empty query.
    public static func find(_ query: String, in atlas: Atlas) -> [(entry: PersonaEntry, quality: Quality)] {
        let q = ScalarTrimming.trimmingWhitespace(TextFolding.fold(query))
        if q.isEmpty { return atlas.personas.map { ($0, .exact) } }
        var out: [(PersonaEntry, Quality)] = []
        for e in atlas.personas {
            let n = TextFolding.fold(e.name)
            if n == q { out.append((e, .exact)) }
            else if n.hasPrefix(q) { out.append((e, .prefix)) }
            else if ByteText.contains(n, q) { out.append((e, .substring)) }
            else if q.count >= 4, EditDistance.distance(n, q) <= (q.count >= 7 ? 2 : 1) { out.append((e, .similar)) }
            else if q.count >= 4, n.count > q.count, EditDistance.distance(String(n.prefix(q.count)), q) <= 1 {
                out.append((e, .similar))
            }
        }
        return out.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : TextFolding.fold($0.0.name) < TextFolding.fold($1.0.name) }
    }
}
