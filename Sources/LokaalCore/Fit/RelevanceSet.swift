#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Offers with every item judged relevant to each: how `fit` is measured, not claimed.
///
/// Read from a JSON file (`Tests/LokaalCoreTests/Relevance/offers.json`); items are named
/// `REGION:C<n>` or `REGION:S<n>`. ``evaluate(_:rank:)`` gives nDCG@10 (binary gains) and
/// recall@10 of the relevant items that fit in ten (of min(relevant, 10)).
public struct RelevanceSet: Codable, Sendable {
    /// One offer and its judged items.
    public struct Offer: Codable, Sendable {
        public let id: String
        /// "nl" or "en".
        public let lang: String
        public let text: String
        public let relevant: [String]
    }
    /// One offer's measures.
    public struct Score: Sendable {
        public let offer: Offer
        public let ndcg: Double
        public let recall: Double
        /// The first ten items as ranked, as `REGION:ID`.
        public let top: [String]
    }

    public let about: String
    public let offers: [Offer]

    /// Reads a relevance set from a JSON file.
    public static func load(path: String) throws -> RelevanceSet {
        try JSONDecoder().decode(RelevanceSet.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// `REGION:ID` of an item.
    public static func key(_ item: FitItem) -> String { "\(item.regionID):\(item.id)" }

    /// Measures a ranking function (offer text → item keys, best first) on every offer.
    public func evaluate(cutoff k: Int = 10, rank: (String) -> [String]) -> [Score] {
        offers.map { o in
            let ranked = Array(rank(o.text).prefix(k))
            let relevant = Set(o.relevant)
            var dcg = 0.0
            for (i, key) in ranked.enumerated() where relevant.contains(key) { dcg += 1 / log2(Double(i + 2)) }
            let ideal = (0..<min(k, relevant.count)).reduce(0.0) { $0 + 1 / log2(Double($1 + 2)) }
            let found = ranked.filter(relevant.contains).count
            return Score(offer: o, ndcg: ideal > 0 ? dcg / ideal : 0,
                         recall: Double(found) / Double(max(1, min(k, relevant.count))), top: ranked)
        }
    }

    /// The mean of a measure over scores.
    public static func mean(_ scores: [Score], _ measure: (Score) -> Double) -> Double {
        scores.isEmpty ? 0 : scores.map(measure).reduce(0, +) / Double(scores.count)
    }
}
