import ArgumentParser
import Foundation
import LokaalCore

/// `lokaal-bench fit-latency --data DIR`: the fit engine re-ranking as an offer is typed.
///
/// Builds the index once (timed), then for every prefix of each offer analyzes the text
/// and ranks the best 20 with their reasons, as a fit view would on each key; prints
/// p50, p99 and max in ms.
struct FitLatency: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fit-latency",
        abstract: "Time fit's re-ranking per typed key (analyze + rank + explain the top 20); print p50, p99, max in ms.")
    @Option(help: "Data directory.") var data: String?
    @Option(help: "Passes over the offers.") var passes = 3

    static let offers = [
        "wij bieden schuldhulpverlening en budgetbeheer",
        "woonbegeleiding voor daklozen en hulp bij het zoeken naar een huurwoning",
        "taalcoaching en NT2-lessen voor anderstalige nieuwkomers",
        "Dutch lessons for refugees",
    ]

    func run() throws {
        let atlas = try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        let start = DispatchTime.now().uptimeNanoseconds
        let index = atlas.fitIndex
        let build = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        var times: [UInt64] = []
        for _ in 0..<passes {
            for offer in Self.offers {
                let chars = Array(offer)
                for n in 1...chars.count {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let hits = index.rank(index.query(String(chars[..<n])), limit: 20)
                    times.append(DispatchTime.now().uptimeNanoseconds - t0)
                    if hits.count > 20 { print("") }
                }
            }
        }
        times.sort()
        func ms(_ ns: UInt64) -> String { String(format: "%.3f", Double(ns) / 1e6) }
        print("items \(index.items.count) build \(String(format: "%.1f", build)) ms keys \(times.count) p50 \(ms(times[times.count / 2])) p99 \(ms(times[min(times.count - 1, times.count * 99 / 100)])) max \(ms(times.last!))")
    }
}
