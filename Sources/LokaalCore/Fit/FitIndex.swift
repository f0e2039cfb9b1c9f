#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Every challenge and service need of an atlas, analyzed once, ranked for an offer on demand.
///
/// Built once per atlas (``Atlas/fitIndex``) and immutable. Holds the analyzed items, a
/// posting list per stem with the item's BM25F contribution already computed (heading
/// fields weigh ``headingWeight``, the body 1; a compound part counts
/// ``FitQuery/partWeight`` of a whole word), the compound lexicon, and every theme's
/// items, tagged as `lokaal themes` tags them but in the same pass over the words that
/// counts them. Ranking an offer walks only the postings of its stems and themes, so a
/// view can re-rank on every key. ``vector(of:)`` and ``similar(to:limit:)`` serve item-to-item
/// similarity (comparison rows, `lokaal similar`).
public final class FitIndex: Sendable {
    struct Posting: Sendable { let item: Int32; let score: Float }

    /// A theme's items: tagged (with the term that tagged each), and how strongly.
    struct ThemeItems: Sendable {
        let items: [Int32]
        let terms: [Int32: String]
        let strength: [Int32: Float]
        let idf: Float
    }

    /// Every item, region by region in the atlas's order, challenges before services.
    public let items: [FitItem]
    public let analyzer: Analyzer
    public let thesaurus: ThemeThesaurus
    let vocabulary: ThemeVocabulary
    let stems: [String]
    let termIDs: [String: Int32]
    let postings: [[Posting]]
    let vectors: [[(term: Int32, weight: Float)]]
    /// Per theme id: its items, as `lokaal themes` tags them.
    let themeEntries: [String: ThemeItems]
    /// Per item: the ids of its themes, in the vocabulary's order.
    let itemThemeIDs: [[String]]
    let themeOrder: [String: Int]
    /// Per region id: the range of its items in ``items``.
    public let regionRanges: [String: Range<Int>]
    /// The analyzed fields of recently explained items.
    let explained = Mutex<[Int: [[ExplainedWord]]]>([:])
    static let explainedCapacity = 512

    /// How much more a heading field weighs than the body.
    public static let headingWeight: Float = 2
    /// How much a signalled theme adds, times the theme's IDF and its saturated strength.
    public static let themeWeight: Float = 2.5
    static let k1: Float = 1.2, b: Float = 0.75

    /// BM25's inverse document frequency (the non-negative form).
    static func idf(items n: Float, containing d: Float) -> Float {
        Float(log(Double(1 + (n - d + 0.5) / (d + 0.5))))
    }

    public convenience init(atlas: Atlas) {
        self.init(regions: atlas.regions, themes: atlas.vocabulary)
    }

    /// One item's weighted term frequencies (by term id), weighted length, and themes tagged
    /// by the tagger's terms (theme, term position, weighted number of fields speaking of it).
    struct Weighted: Sendable {
        let tf: [(term: Int32, f: Float)]
        let length: Float
        let tags: [(theme: Int, term: Int, weight: Float)]
    }

    /// A word of an item as explanations need it: as written, analyzed, with its term ids.
    struct ExplainedWord: Sendable {
        let written: String
        let analysis: WordAnalysis
        let stem: Int32
        let parts: [Int32]
    }

    /// One region's text as word ids: its own word list, and per item per field the ids.
    struct RegionWords: Sendable {
        var words: [String] = []
        /// Every word id of the region, field after field.
        var ids: [Int32] = []
        /// Per item, per field: its range of ``ids``.
        var fields: [[Range<Int>]] = []
    }

    public init(regions: [Region], themes: ThemeVocabulary) {
        let parallel = regions.count >= Atlas.manyRegions
        self.vocabulary = themes
        let perRegion = regions.concurrentMap(parallel: parallel) { FitItem.items(of: $0) }
        let items = perRegion.flatMap { $0 }
        self.items = items
        var ranges: [String: Range<Int>] = [:]
        var lower = 0
        for (r, its) in zip(regions, perRegion) {
            if ranges[r.id] == nil { ranges[r.id] = lower..<(lower + its.count) }
            lower += its.count
        }
        self.regionRanges = ranges

        // Tokenize once: each region's distinct words, and its fields as word ids.
        let tokenized = perRegion.concurrentMap(parallel: parallel) { its -> RegionWords in
            var rw = RegionWords()
            var table = WordTable()
            rw.fields = its.map { it in
                it.fields.map { f in
                    let lower = rw.ids.count
                    table.append(f.text, to: &rw.ids)
                    return lower..<rw.ids.count
                }
            }
            rw.words = table.words
            return rw
        }
        var words = Set<String>()
        for rw in tokenized { words.formUnion(rw.words) }
        for t in themes.themes { for term in t.terms { words.formUnion(Analyzer.foldedWords(term)) } }
        let analyzer = Analyzer(vocabulary: words, parallel: parallel)
        self.analyzer = analyzer
        let thesaurus = ThemeThesaurus(vocabulary: themes)
        self.thesaurus = thesaurus

        // Stem ids over every stem and part.
        var stemSet = Set<String>()
        for a in analyzer.knownWords { stemSet.insert(a.stem); for p in a.parts { stemSet.insert(p) } }
        let stems = stemSet.sorted()
        self.stems = stems
        let termIDs = Dictionary(uniqueKeysWithValues: stems.enumerated().map { ($1, Int32($0)) })
        self.termIDs = termIDs

        // Per distinct word: its terms, the themes it speaks of, the tagger's terms it starts.
        let tagger = TaggerTerms(themes)
        let global = words.sorted()
        let globalID = Dictionary(uniqueKeysWithValues: global.enumerated().map { ($1, Int32($0)) })
        let info = WordInfo(words: global, parallel: parallel) { w in
            let a = analyzer.analyze(folded: w)
            return (a.flatMap { termIDs[$0.stem] } ?? -1,
                    a.map { a in a.parts.filter { $0 != a.stem }.compactMap { termIDs[$0] } } ?? [],
                    a.map { thesaurus.themes(of: $0) } ?? [],
                    tagger.single(w), tagger.starts(w))
        }

        // Per item: weighted term frequencies (BM25F), weighted length, themes.
        let themeCount = themes.themes.count
        let weighted = Array(tokenized.indices).concurrentMap(parallel: parallel) { r -> [Weighted] in
            let rw = tokenized[r]
            let local = rw.words.map { globalID[$0]! }
            var acc = [Float](repeating: 0, count: stems.count)
            var touched: [Int32] = []
            var themeTF = [Float](repeating: 0, count: themeCount)
            var seen = [Bool](repeating: false, count: themeCount)
            var tagTerm = [Int](repeating: Int.max, count: themeCount)
            return zip(perRegion[r], rw.fields).map { item, fields in
                var length: Float = 0
                for (f, range) in zip(item.fields, fields) {
                    let ids = rw.ids[range]
                    let w: Float = f.heading ? Self.headingWeight : 1
                    var seenList: [Int] = []
                    for k in ids.indices {
                        let id = ids[k]
                        let g = Int(local[Int(id)])
                        let flags = info.flags[g]
                        if flags & 4 != 0 {
                            for (theme, term) in info.tags(g) where term < tagTerm[theme] { tagTerm[theme] = term }
                        }
                        if flags & 8 != 0 {
                            for m in info.starts(g) {
                                if let (theme, term) = tagger.multi(m, at: k, in: ids, local: local, words: global), term < tagTerm[theme] {
                                    tagTerm[theme] = term
                                }
                            }
                        }
                        let stem = info.stem[g]
                        guard stem >= 0 else { continue }
                        if flags & 2 != 0 {
                            for t in info.themes(g) where !seen[t] { seen[t] = true; seenList.append(t) }
                        }
                        length += w
                        if acc[Int(stem)] == 0 { touched.append(stem) }
                        acc[Int(stem)] += w
                        if flags & 1 != 0 {
                            for p in info.parts(g) {
                                if acc[Int(p)] == 0 { touched.append(p) }
                                acc[Int(p)] += w * FitQuery.partWeight
                            }
                        }
                    }
                    for t in seenList { themeTF[t] += w; seen[t] = false }
                }
                var tf: [(term: Int32, f: Float)] = []
                tf.reserveCapacity(touched.count)
                for t in touched { tf.append((t, acc[Int(t)])); acc[Int(t)] = 0 }
                touched.removeAll(keepingCapacity: true)
                var tags: [(theme: Int, term: Int, weight: Float)] = []
                for t in 0..<themeCount {
                    if tagTerm[t] != Int.max { tags.append((t, tagTerm[t], themeTF[t])) }
                    tagTerm[t] = Int.max
                    themeTF[t] = 0
                }
                return Weighted(tf: tf.sorted { $0.term < $1.term }, length: length, tags: tags)
            }
        }.flatMap { $0 }

        let n = Float(max(1, items.count))
        let avg = max(1, weighted.reduce(0) { $0 + $1.length } / n)
        var df = [Int32](repeating: 0, count: stems.count)
        for w in weighted { for t in w.tf { df[Int(t.term)] += 1 } }
        let idf = df.map { Self.idf(items: n, containing: Float($0)) }
        var postings = [[Posting]](repeating: [], count: stems.count)
        for (t, d) in df.enumerated() { postings[t].reserveCapacity(Int(d)) }
        var vectors: [[(term: Int32, weight: Float)]] = []
        vectors.reserveCapacity(items.count)
        // Items in order, so every posting list is in item order and ties rank in reading order.
        for (i, w) in weighted.enumerated() {
            let norm = Self.k1 * (1 - Self.b + Self.b * w.length / avg)
            vectors.append(w.tf.map { t, f in
                let s = idf[Int(t)] * f * (Self.k1 + 1) / (f + norm)
                postings[Int(t)].append(Posting(item: Int32(i), score: s))
                return (t, s)
            })
        }
        self.postings = postings
        self.vectors = vectors

        // Themes: the tagger's terms, then its overrides (which win, as in the theme matrix).
        var start: [String: Int] = [:]
        var offset = 0
        for (r, its) in zip(regions, perRegion) { if start[r.id] == nil { start[r.id] = offset }; offset += its.count }
        var tagged: [[(theme: Int, term: String, weight: Float)]] = weighted.map { w in
            w.tags.map { ($0.theme, tagger.text($0.theme, $0.term), $0.weight) }
        }
        let position = Dictionary(themes.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for o in themes.overrides {
            guard let base = start[o.region], let t = position[o.theme], let r = regions.firstIndex(where: { $0.id == o.region }) else { continue }
            let challenges = perRegion[r].filter { $0.kind == .challenge }.count
            let i = base + (o.kind == .challenge ? 0 : challenges) + o.number - 1
            guard i < items.count, items[i].regionID == o.region, items[i].kind == o.kind, items[i].number == o.number else { continue }
            let weight = tagged[i].first { $0.theme == t }?.weight ?? 0
            tagged[i].removeAll { $0.theme == t }
            if o.tag { tagged[i].append((t, "override", weight)); tagged[i].sort { $0.theme < $1.theme } }
        }
        var lists = [[Int32]](repeating: [], count: themes.themes.count)
        var termsOf = [[Int32: String]](repeating: [:], count: themes.themes.count)
        var strengthOf = [[Int32: Float]](repeating: [:], count: themes.themes.count)
        for (i, tags) in tagged.enumerated() {
            for tag in tags {
                lists[tag.theme].append(Int32(i))
                termsOf[tag.theme][Int32(i)] = tag.term
                // A theme in the heading counts as a word there does; one tagged by an override, once.
                let f = max(1, tag.weight)
                strengthOf[tag.theme][Int32(i)] = f * (Self.k1 + 1) / (f + Self.k1)
            }
        }
        var entries: [String: ThemeItems] = [:]
        for (t, theme) in themes.themes.enumerated() {
            entries[theme.id] = ThemeItems(items: lists[t], terms: termsOf[t], strength: strengthOf[t],
                                           idf: Self.idf(items: n, containing: Float(lists[t].count)))
        }
        themeEntries = entries
        itemThemeIDs = tagged.map { $0.map { themes.themes[$0.theme].id } }
        themeOrder = position
    }

    /// A theme's items (nil for an unknown theme).
    func themeItems(_ theme: String) -> ThemeItems? { themeEntries[theme] }
}
