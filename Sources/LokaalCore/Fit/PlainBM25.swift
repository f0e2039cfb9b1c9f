
/// The baseline `fit` is measured against: plain BM25 over the same items, without
/// stemming, compound parts, themes or heading weight.
///
/// Words are folded and Snowball stop words dropped (so the baseline is not handicapped by
/// "de" and "en"); each item is one bag of words. Used by `make eval` and the tests only.
public struct PlainBM25: Sendable {
    let postings: [String: [(item: Int, score: Float)]]
    public let count: Int

    public init(items: [FitItem]) {
        count = items.count
        let bags = items.map { it in
            it.fields.flatMap { Analyzer.foldedWords($0.text) }.filter { $0.count >= 2 && !StopWords.contains($0) }
        }
        let avg = Float(max(1, bags.reduce(0) { $0 + $1.count })) / Float(max(1, bags.count))
        var tfs: [[String: Float]] = bags.map { bag in bag.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        var df: [String: Int] = [:]
        for tf in tfs { for w in tf.keys { df[w, default: 0] += 1 } }
        let n = Float(max(1, items.count))
        var postings: [String: [(item: Int, score: Float)]] = [:]
        for (i, tf) in tfs.enumerated() {
            let norm = FitIndex.k1 * (1 - FitIndex.b + FitIndex.b * Float(bags[i].count) / avg)
            for (w, f) in tf {
                let idf = FitIndex.idf(items: n, containing: Float(df[w]!))
                postings[w, default: []].append((i, idf * f * (FitIndex.k1 + 1) / (f + norm)))
            }
        }
        tfs.removeAll()
        self.postings = postings
    }

    /// Item positions ranked for a text, best first (ties in reading order).
    public func rank(_ text: String) -> [Int] {
        var acc: [Int: Float] = [:]
        let words = Set(Analyzer.foldedWords(text).filter { $0.count >= 2 && !StopWords.contains($0) })
        for w in words { for p in postings[w] ?? [] { acc[p.item, default: 0] += p.score } }
        return acc.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
