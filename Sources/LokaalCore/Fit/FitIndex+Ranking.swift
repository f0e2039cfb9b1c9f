/// Ranking with a ``FitIndex``: analyze an offer, score the items it reaches, explain the best.
extension FitIndex {
    /// The offer analyzed: meaningful words, stems and parts, signalled themes.
    public func query(_ text: String) -> FitQuery {
        let words = analyzer.words(text)
        return FitQuery(text: text, words: words, signals: thesaurus.signals(words))
    }

    /// Items ranked for an offer, best first (ties in reading order), each explained.
    /// - Parameters:
    ///   - regions: only these region ids (nil: all).
    ///   - kind: only challenges or only services (nil: both).
    ///   - limit: at most this many hits (nil: every item that fits at all).
    public func rank(_ q: FitQuery, regions: Set<String>? = nil, kind: ThemeTarget.Kind? = nil, limit: Int? = nil) -> [FitHit] {
        let scored = scores(q)
        func before(_ a: (item: Int, score: Float), _ b: (item: Int, score: Float)) -> Bool {
            a.score != b.score ? a.score > b.score : a.item < b.item
        }
        var ranked: [(item: Int, score: Float)] = []
        for s in scored where (regions?.contains(items[s.item].regionID) ?? true) && (kind.map { items[s.item].kind == $0 } ?? true) {
            guard let limit else { ranked.append(s); continue }
            // Only the best `limit` are kept, in order: thousands of items may score.
            guard limit > 0 else { break }
            if ranked.count == limit {
                guard before(s, ranked[limit - 1]) else { continue }
                ranked.removeLast()
            }
            let at = ranked.firstIndex { before(s, $0) } ?? ranked.count
            ranked.insert(s, at: at)
        }
        if limit == nil { ranked.sort(by: before) }
        let wanted = mask(q)
        return ranked.map { hit(item: $0.item, score: Double($0.score), for: q, wanted: wanted) }
    }

    /// The score of every item the offer reaches (score > 0), in item order. No explanations:
    /// for measuring, and for views that explain only what they show.
    public func scores(_ q: FitQuery) -> [(item: Int, score: Float)] {
        var acc = [Float](repeating: 0, count: items.count)
        var touched = [Bool](repeating: false, count: items.count)
        for (stem, weight) in q.terms {
            guard let id = termIDs[stem] else { continue }
            for p in postings[Int(id)] {
                acc[Int(p.item)] += weight * p.score
                touched[Int(p.item)] = true
            }
        }
        for s in q.signals {
            guard let t = themeItems(s.theme) else { continue }
            for i in t.items {
                acc[Int(i)] += Self.themeWeight * t.idf * (t.strength[i] ?? 1)
                touched[Int(i)] = true
            }
        }
        var out: [(item: Int, score: Float)] = []
        for i in acc.indices where touched[i] && acc[i] > 0 { out.append((i, acc[i])) }
        return out
    }

    /// Which stem ids the offer's words and parts are.
    func mask(_ q: FitQuery) -> [Bool] {
        var m = [Bool](repeating: false, count: stems.count)
        for t in q.terms { if let id = termIDs[t.stem] { m[Int(id)] = true } }
        return m
    }

    /// One item as a hit for an offer: its score and every reason.
    public func hit(item i: Int, score: Double, for q: FitQuery) -> FitHit {
        hit(item: i, score: score, for: q, wanted: mask(q))
    }

    func hit(item i: Int, score: Double, for q: FitQuery, wanted: [Bool]) -> FitHit {
        let item = items[i]
        var reasons: [FitReason] = []
        var seen = Set<String>()
        func add(_ r: FitReason, key: String) { if seen.insert(key).inserted { reasons.append(r) } }
        let fieldWords = analyzedFields(of: i)
        // Only words sharing a stem or part with the offer can be reasons; each is compared
        // with every word of the offer, and the reasons listed in the offer's word order.
        let queryParts = q.words.map { Set($0.analysis.parts) }
        var perWord = [[(reason: FitReason, key: String)]](repeating: [], count: q.words.count)
        for (f, words) in zip(item.fields, fieldWords) {
            for word in words where (word.stem >= 0 && wanted[Int(word.stem)]) || word.parts.contains(where: { wanted[Int($0)] }) {
                let a = word.analysis
                for (k, w) in q.words.enumerated() {
                    let qa = w.analysis
                    let via: FitReason.Via
                    if a.folded == qa.folded { via = .exact }
                    else if a.stem == qa.stem { via = .stem }
                    else if queryParts[k].contains(a.stem) || a.parts.contains(qa.stem) || a.parts.contains(where: queryParts[k].contains) { via = .compound }
                    else { continue }
                    perWord[k].append((FitReason(query: w.written, matched: word.written, field: f.name, via: via),
                                       "\(qa.folded)\u{0}\(a.folded)\u{0}\(f.name)"))
                }
            }
        }
        for list in perWord { for (r, key) in list { add(r, key: key) } }
        var themes: [String] = []
        for s in q.signals {
            guard let tagged = themeItems(s.theme)?.terms[Int32(i)] else { continue }
            themes.append(s.theme)
            // The first field with a word the term's first meaningful word starts (the tagger's reading).
            let first = Analyzer.foldedWords(tagged).first { !StopWords.contains($0) } ?? tagged
            let field = zip(item.fields, fieldWords).first { _, words in
                words.contains { $0.analysis.folded.hasPrefix(first) }
            }?.0.name ?? "themes"
            add(FitReason(query: s.query, matched: tagged, field: field, via: .theme, theme: s.theme), key: "theme\u{0}\(s.theme)")
        }
        themes.sort { (themeOrder[$0] ?? 0) < (themeOrder[$1] ?? 0) }
        return FitHit(index: i, item: item, score: score, reasons: reasons, themes: themes)
    }

    /// The meaningful words of each field of an item, as written and analyzed; kept for the
    /// items explained last (a view explains mostly the same items key after key).
    func analyzedFields(of i: Int) -> [[ExplainedWord]] {
        if let kept = explained.withLock({ $0[i] }) { return kept }
        let fields = items[i].fields.map { f in
            Analyzer.tokens(f.text).compactMap { t in
                analyzer.analyze(folded: t.folded).map { a in
                    ExplainedWord(written: t.written, analysis: a, stem: termIDs[a.stem] ?? -1, parts: a.parts.compactMap { termIDs[$0] })
                }
            }
        }
        explained.withLock { cache in
            if cache.count >= Self.explainedCapacity { cache.removeAll(keepingCapacity: true) }
            cache[i] = fields
        }
        return fields
    }

    /// Every theme id an item is tagged with, in the vocabulary's order.
    public func themes(of item: Int) -> [String] { itemThemeIDs[item] }

    /// An item's analyzed terms with their BM25F weights (stems and compound parts), by stem.
    public func vector(of item: Int) -> [(stem: String, weight: Float)] {
        vectors[item].map { (stems[Int($0.term)], $0.weight) }
    }

    /// The items of other regions most like this one, in the same hit shape as an offer's:
    /// the item's own text is the offer, its own themes the signals.
    public func similar(to item: Int, limit: Int? = nil) -> [FitHit] {
        let source = items[item]
        let text = source.fields.map(\.text).joined(separator: " ")
        let words = analyzer.words(text)
        let signals = themes(of: item).compactMap { t in
            themeItems(t)?.terms[Int32(item)].map { ThemeThesaurus.Signal(theme: t, query: $0, term: $0) }
        }
        let q = FitQuery(text: text, words: words, signals: signals)
        let others = Set(items.map(\.regionID)).subtracting([source.regionID])
        return rank(q, regions: others, limit: limit)
    }
}
