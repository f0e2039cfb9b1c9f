/// Item-to-item similarity with a ``FitIndex``: the symmetric score and reasons that align a comparison.
extension FitIndex {
    /// How alike two items are, the same from either side: the cosine of their BM25F vectors
    /// (stems and compound parts), plus ``themeWeight`` times the Jaccard overlap of their themes, plus
    /// ``personaWeight`` when they share a persona (by name, case and accents ignored).
    public func pairScore(_ a: Int, _ b: Int, personasA: [String] = [], personasB: [String] = []) -> Double {
        pairScore(a, b, norms: (norm(a), norm(b)), themes: (themePositions(a), themePositions(b)),
                  sharedPersona: !Self.sharedPersonas(personasA, personasB).isEmpty)
    }

    /// The Euclidean length of an item's vector, for the cosine.
    func norm(_ i: Int) -> Float {
        var n: Float = 0
        for t in vectors[i] { n += t.weight * t.weight }
        return n.squareRoot()
    }

    /// An item's themes as positions in the vocabulary, ascending (for ``pairScore(_:_:norms:themes:sharedPersona:)``).
    func themePositions(_ i: Int) -> [Int] { itemThemeIDs[i].compactMap { themeOrder[$0] }.sorted() }

    /// ``pairScore(_:_:personasA:personasB:)`` with the items' norms and theme positions computed once by the caller.
    func pairScore(_ a: Int, _ b: Int, norms: (Float, Float), themes: ([Int], [Int]), sharedPersona: Bool) -> Double {
        var both = 0, x = 0, y = 0
        while x < themes.0.count && y < themes.1.count {
            if themes.0[x] == themes.1[y] { both += 1; x += 1; y += 1 }
            else if themes.0[x] < themes.1[y] { x += 1 } else { y += 1 }
        }
        let union = themes.0.count + themes.1.count - both
        let jaccard = union == 0 ? 0 : Double(both) / Double(union)
        return cosine(a, b, norms) + Self.pairThemeWeight * jaccard + (sharedPersona ? Self.personaWeight : 0)
    }

    /// The cosine of two items' vectors, given their norms.
    func cosine(_ a: Int, _ b: Int, _ norms: (Float, Float)) -> Double {
        let va = vectors[a], vb = vectors[b]
        var dot: Float = 0
        var i = 0, j = 0
        while i < va.count && j < vb.count {
            if va[i].term == vb[j].term { dot += va[i].weight * vb[j].weight; i += 1; j += 1 }
            else if va[i].term < vb[j].term { i += 1 } else { j += 1 }
        }
        return norms.0 > 0 && norms.1 > 0 ? Double(dot / (norms.0 * norms.1)) : 0
    }

    /// What a theme overlap adds to ``pairScore(_:_:personasA:personasB:)`` at full overlap.
    public static let pairThemeWeight = 0.25
    /// What a shared persona adds to ``pairScore(_:_:personasA:personasB:)``.
    public static let personaWeight = 0.25

    /// The personas two lists share by folded name, in the first list's order, as the first writes them.
    public static func sharedPersonas(_ a: [String], _ b: [String]) -> [String] {
        let fb = Set(b.map(TextFolding.fold))
        var seen = Set<String>()
        return a.filter { let f = TextFolding.fold($0); return fb.contains(f) && seen.insert(f).inserted }
    }

    /// The stem ids two or more of `items` share, heaviest first (by the smallest weight among
    /// the items that have it, then by id), at most `limit`.
    func sharedTerms(_ items: [Int], limit: Int) -> [Int32] {
        var weight: [Int32: (count: Int, least: Float)] = [:]
        for i in items {
            for t in vectors[i] {
                let w = weight[t.term]
                weight[t.term] = (count: (w?.count ?? 0) + 1, least: min(w?.least ?? .infinity, t.weight))
            }
        }
        return weight.filter { $0.value.count >= 2 }
            .sorted { $0.value.least != $1.value.least ? $0.value.least > $1.value.least : $0.key < $1.key }
            .prefix(limit).map(\.key)
    }

    /// A shared term as the first of `items` writes it (the first word whose stem it is);
    /// nil when it is only a compound part of their words.
    func written(_ term: Int32, in items: [Int]) -> String? {
        for i in items {
            for field in analyzedFields(of: i) {
                if let w = field.first(where: { $0.stem == term }) { return w.written.lowercased() }
            }
        }
        return nil
    }

    /// Why items were found alike: their shared personas, themes, and up to `words` shared words.
    public func reason(_ items: [Int], personas: [[String]], words: Int = 4) -> AlignmentReason {
        var sharedP: [String] = []
        for (k, p) in personas.enumerated() {
            for other in personas.indices where other != k {
                for name in Self.sharedPersonas(p, personas[other]) where !sharedP.contains(where: { TextFolding.fold($0) == TextFolding.fold(name) }) {
                    sharedP.append(name)
                }
            }
        }
        var count: [String: Int] = [:]
        for i in items { for t in itemThemeIDs[i] { count[t, default: 0] += 1 } }
        let themes = vocabulary.themes.map(\.id).filter { (count[$0] ?? 0) >= 2 }
        var seen = Set<String>()
        let shared = sharedTerms(items, limit: words * 3).compactMap { written($0, in: items) }.filter { seen.insert($0).inserted }
        let titles = Set(items.map { self.items[$0].title.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
        return AlignmentReason(personas: sharedP, themes: themes, words: Array(shared.prefix(words)), sameTitle: items.count > 1 && titles.count == 1)
    }
}
