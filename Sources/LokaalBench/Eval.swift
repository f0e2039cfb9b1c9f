import ArgumentParser
import Foundation
import LokaalCore

/// `lokaal-bench eval --offers FILE`: nDCG@10 and recall@10 of `fit` and of plain BM25, side by side.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure lokaal fit on the relevance set: nDCG@10 and recall@10, fit beside plain BM25.",
        discussion: "Exit 1 when fit misses a target on the Dutch offers (nDCG@10 >= 0.75, recall@10 >= 0.9).")
    @Option(help: "The relevance set.") var offers = "Tests/LokaalCoreTests/Relevance/offers.json"
    @Option(help: "Data directory.") var data: String?
    @Flag(help: "Also print each offer's top ten.") var verbose = false

    static let targetNDCG = 0.75, targetRecall = 0.9

    func run() throws {
        let atlas = try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        let set = try RelevanceSet.load(path: offers)
        let index = atlas.fitIndex
        let baseline = PlainBM25(items: index.items)
        let fit = set.evaluate { text in index.rank(index.query(text), limit: 10).map { RelevanceSet.key($0.item) } }
        let plain = set.evaluate { text in baseline.rank(text).prefix(10).map { RelevanceSet.key(index.items[$0]) } }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        print("offer                   lang  relevant   fit nDCG  recall   plain nDCG  recall")
        for (a, b) in zip(fit, plain) {
            let name = a.offer.id.padding(toLength: 22, withPad: " ", startingAt: 0)
            print("\(name)  \(a.offer.lang)    \(String(format: "%8d", a.offer.relevant.count))      \(f(a.ndcg))   \(f(a.recall))        \(f(b.ndcg))   \(f(b.recall))")
            if verbose { print("    fit:   \(a.top.joined(separator: " "))\n    plain: \(b.top.joined(separator: " "))") }
        }
        var missed = false
        for lang in ["nl", "en"] {
            let a = fit.filter { $0.offer.lang == lang }, b = plain.filter { $0.offer.lang == lang }
            guard !a.isEmpty else { continue }
            let n = RelevanceSet.mean(a, \.ndcg), r = RelevanceSet.mean(a, \.recall)
            print("mean (\(lang), \(a.count) offers)                  \(f(n))   \(f(r))        \(f(RelevanceSet.mean(b, \.ndcg)))   \(f(RelevanceSet.mean(b, \.recall)))")
            if lang == "nl" && (n < Self.targetNDCG || r < Self.targetRecall) { missed = true }
        }
        print("targets (nl): nDCG@10 >= \(Self.targetNDCG), recall@10 >= \(Self.targetRecall) — \(missed ? "MISSED" : "ok")")
        if missed { throw ExitCode(1) }
    }
}
