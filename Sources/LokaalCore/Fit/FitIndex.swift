import Foundation

/// Every challenge and service need of an atlas, analyzed once, ranked for an offer on demand.
///
/// Built once per atlas (``Atlas/fitIndex``) and immutable. Holds the analyzed items, a
/// posting list per stem with the item's BM25F contribution already computed (heading
/// fields weigh ``headingWeight``, the body 1; a compound part counts
/// ``FitQuery/partWeight`` of a whole word), the items of each theme and the compound
/// lexicon. Ranking an offer walks only the postings of its stems and themes, so it costs
/// microseconds on the bundled data and a few milliseconds at 1,000 regions: a view can
/// re-rank on every key. ``vector(of:)`` and ``similar(to:limit:)`` serve item-to-item
/// similarity (comparison rows, `lokaal similar`).
public final class FitIndex: Sendable {
    struct Posting: Sendable { let item: Int32; let score: Float }

    /// Every item, region by region in the atlas's order, challenges before services.
    public let items: [FitItem]
    public let analyzer: Analyzer
    public let thesaurus: ThemeThesaurus
    /// Per item: its themes (as `lokaal themes` tags them) and the term that tagged each.
    public let itemThemes: [[ThemeThesaurus.Signal]]
    let stems: [String]
    let termIDs: [String: Int32]
    let postings: [[Posting]]
    let themeItems: [String: [Int32]]
    let themeIDF: [String: Float]
    /// Per theme and tagged item: how strongly (BM25-saturated frequency of fields speaking of it).
    let themeStrength: [String: [Int32: Float]]
    let vectors: [[(term: Int32, weight: Float)]]
    let themeOrder: [String: Int]

    /// How much more a heading field weighs than the body.
    public static let headingWeight: Float = 2
    /// How much a signalled theme adds, times the theme's IDF.
    public static let themeWeight: Float = 2.5
    static let k1: Float = 1.2, b: Float = 0.75

    /// BM25's inverse document frequency (the non-negative form).
    static func idf(items n: Float, containing d: Float) -> Float {
        Float(log(Double(1 + (n - d + 0.5) / (d + 0.5))))
    }

    public convenience init(atlas: Atlas) {
        self.init(regions: atlas.regions, themes: atlas.vocabulary)
    }

    public init(regions: [Region], themes: ThemeVocabulary) {
        let parallel = regions.count >= Atlas.manyRegions
        let perRegion = regions.concurrentMap(parallel: parallel) { FitItem.items(of: $0) }
        let items = perRegion.flatMap { $0 }
        self.items = items
        // The vocabulary: every word of every item and every theme term.
        let wordSets = perRegion.concurrentMap(parallel: parallel) { its in
            var seen = Set<String>()
            for it in its { for f in it.fields { for w in Analyzer.foldedWords(f.text) { seen.insert(w) } } }
            return seen
        }
        var vocabulary = Set<String>()
        for s in wordSets { vocabulary.formUnion(s) }
        for t in themes.themes { for term in t.terms { vocabulary.formUnion(Analyzer.foldedWords(term)) } }
        let analyzer = Analyzer(vocabulary: vocabulary, parallel: parallel)
        self.analyzer = analyzer
        self.thesaurus = ThemeThesaurus(vocabulary: themes)

        // Stem ids over every stem and part the vocabulary has.
        var stemSet = Set<String>()
        for a in analyzer.knownWords { stemSet.insert(a.stem); for p in a.parts { stemSet.insert(p) } }
        let stems = stemSet.sorted()
        self.stems = stems
        let termIDs = Dictionary(uniqueKeysWithValues: stems.enumerated().map { ($1, Int32($0)) })
        self.termIDs = termIDs

        // Which themes each word of the data speaks of (for weighing themes by field).
        let thesaurus = self.thesaurus
        let known = Array(analyzer.knownWords)
        let wordThemes = Dictionary(uniqueKeysWithValues: zip(known.map(\.folded), known.concurrentMap(parallel: parallel) { thesaurus.themes(of: $0) })
            .filter { !$0.1.isEmpty })

        // Per item: weighted term frequencies (BM25F), weighted length, theme frequencies.
        let weighted = perRegion.concurrentMap(parallel: parallel) { its in
            its.map { it -> (tf: [Int32: Float], length: Float, themes: [Int: Float]) in
                var tf: [Int32: Float] = [:]
                var themeTF: [Int: Float] = [:]
                var length: Float = 0
                for f in it.fields {
                    let w: Float = f.heading ? Self.headingWeight : 1
                    var fieldThemes = Set<Int>()
                    defer { for t in fieldThemes { themeTF[t, default: 0] += w } }
                    for word in Analyzer.foldedWords(f.text) {
                        if let ts = wordThemes[word] { fieldThemes.formUnion(ts) }
                        guard let a = analyzer.analyze(folded: word), let id = termIDs[a.stem] else { continue }
                        length += w
                        tf[id, default: 0] += w
                        for p in a.parts where p != a.stem {
                            if let pid = termIDs[p] { tf[pid, default: 0] += w * FitQuery.partWeight }
                        }
                    }
                }
                return (tf, length, themeTF)
            }
        }.flatMap { $0 }
        let n = Float(max(1, items.count))
        let avg = max(1, weighted.reduce(0) { $0 + $1.length } / n)
        var df = [Int32](repeating: 0, count: stems.count)
        for w in weighted { for t in w.tf.keys { df[Int(t)] += 1 } }
        let idf = df.map { Self.idf(items: n, containing: Float($0)) }
        var postings = [[Posting]](repeating: [], count: stems.count)
        var vectors: [[(term: Int32, weight: Float)]] = []
        vectors.reserveCapacity(items.count)
        for (i, w) in weighted.enumerated() {
            let norm = Self.k1 * (1 - Self.b + Self.b * w.length / avg)
            var v: [(term: Int32, weight: Float)] = []
            v.reserveCapacity(w.tf.count)
            for (t, f) in w.tf {
                let s = idf[Int(t)] * f * (Self.k1 + 1) / (f + norm)
                postings[Int(t)].append(Posting(item: Int32(i), score: s))
                v.append((t, s))
            }
            vectors.append(v.sorted { $0.term < $1.term })
        }
        // Postings in item order, so ties rank in reading order.
        self.postings = postings.map { $0.sorted { $0.item < $1.item } }
        self.vectors = vectors

        // Themes: tagged as the theme matrix tags them (terms and overrides).
        var position: [String: Int] = [:]
        var offset = 0
        for (r, its) in zip(regions, perRegion) { position[r.id] = offset; offset += its.count }
        let challengeCounts = Dictionary(zip(regions.map(\.id), regions.map(\.challenges.count)), uniquingKeysWith: { a, _ in a })
        let tags = regions.concurrentMap(parallel: parallel) { ThemeTagger.tags([$0], vocabulary: themes) }.flatMap { $0 }
        var itemThemes = [[ThemeThesaurus.Signal]](repeating: [], count: items.count)
        var themeItems: [String: [Int32]] = [:]
        let themePosition = Dictionary(themes.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var strengths: [String: [Int32: Float]] = [:]
        for tag in tags {
            guard let base = position[tag.target.regionID] else { continue }
            let i = base + (tag.target.kind == .challenge ? 0 : challengeCounts[tag.target.regionID] ?? 0) + tag.target.number - 1
            guard i >= 0, i < items.count, items[i].regionID == tag.target.regionID, items[i].kind == tag.target.kind else { continue }
            let term = tag.reason.hasPrefix("“") ? String(tag.reason.dropFirst().dropLast()) : "override"
            itemThemes[i].append(ThemeThesaurus.Signal(theme: tag.theme, query: "", term: term))
            themeItems[tag.theme, default: []].append(Int32(i))
            // A theme in the heading counts as much as a word there; one tagged by an override, once.
            let f = max(1, themePosition[tag.theme].flatMap { weighted[i].themes[$0] } ?? 1)
            strengths[tag.theme, default: [:]][Int32(i)] = f * (Self.k1 + 1) / (f + Self.k1)
        }
        self.itemThemes = itemThemes
        self.themeItems = themeItems.mapValues { Array(Set($0)).sorted() }
        themeIDF = self.themeItems.mapValues { Self.idf(items: n, containing: Float($0.count)) }
        themeStrength = strengths
        themeOrder = Dictionary(themes.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
