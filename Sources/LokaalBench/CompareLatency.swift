import ArgumentParser
import Foundation
import LokaalCore
import LokaalUI

/// `lokaal-bench compare-latency --data DIR`: opening a comparison of four regions, and each key in it.
///
/// Loads the data and builds the fit index once (timed apart: the browser keeps it for the
/// atlas's life, as `fit` does). Then, for `--sets` sets of four regions spread over the data,
/// times opening the comparison (``AppState/comparing(_:rows:cols:lang:today:)`` plus the
/// first update and frame: the alignment, the theme rows, the layout) and the keys a reader
/// presses in it (scroll, page, `]`, `[`, `d`, columns), each with a full render. Prints
/// p50 and p99 in ms of the opens, and p50, p99 and max of the keys after them. With
/// `LOKAAL_BENCH_PARTS=1` it first prints the parts of an open (alignment, comparison, layout), ten times each.
struct CompareLatency: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare-latency",
        abstract: "Time opening a comparison of four regions and each key in it (update + render); print p50, p99, max in ms.")
    @Option(help: "Data directory.") var data: String?
    @Option(help: "How many sets of four regions.") var sets = 40
    @Option(help: "Terminal size, COLSxROWS.") var size = "200x60"

    static let keys = KeyScript.parse("<Down><Down><PgDn>]]][[d<Right><Left>d<PgDn><End><Home>")

    func run() throws {
        let atlas = try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        let dims = size.split(separator: "x").compactMap { Int($0) }
        let (cols, rows) = (dims.first ?? 200, dims.count > 1 ? dims[1] : 60)
        let t0 = DispatchTime.now().uptimeNanoseconds
        _ = atlas.fitIndex
        let build = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        let n = atlas.regions.count
        precondition(n >= 4, "compare-latency needs four regions")
        var opens: [UInt64] = [], all: [UInt64] = []
        for k in 0..<sets {
            // Four regions spread over the data, different for every set.
            let step = max(1, n / 4)
            let chosen = (0..<4).map { (k * 7 + $0 * step) % n }
            guard Set(chosen).count == 4 else { continue }
            let start = DispatchTime.now().uptimeNanoseconds
            var s = AppState.comparing(chosen, rows: rows, cols: cols, lang: .en, today: "2024-01-15")
            _ = Controller.update(&s, event: .resize(rows: rows, cols: cols), atlas: atlas)
            var screen = RootView.render(atlas, s, look: .mono)
            let open = DispatchTime.now().uptimeNanoseconds - start
            opens.append(open)
            for key in Self.keys {
                let t = DispatchTime.now().uptimeNanoseconds
                _ = Controller.update(&s, key: key, atlas: atlas)
                screen = RootView.render(atlas, s, look: .mono)
                all.append(DispatchTime.now().uptimeNanoseconds - t)
            }
            precondition(screen.rows == rows && s.mode == .compare)
        }
        if ProcessInfo.processInfo.environment["LOKAAL_BENCH_PARTS"] != nil {
            let chosen = [0, n / 4, n / 2, 3 * n / 4].map { atlas.regions[$0] }
            func time(_ name: String, _ f: () -> Void) {
                let t = DispatchTime.now().uptimeNanoseconds
                for _ in 0..<10 { f() }
                print(name, String(format: "%.3f ms", Double(DispatchTime.now().uptimeNanoseconds - t) / 1e7))
            }
            time("align challenges") { _ = ItemAlignment(regions: chosen, kind: .challenge, index: atlas.fitIndex) }
            time("align services") { _ = ItemAlignment(regions: chosen, kind: .service, index: atlas.fitIndex) }
            time("comparison") { _ = Comparison(regions: chosen, lang: .en, vocabulary: atlas.vocabulary, index: atlas.fitIndex) }
            let c = Comparison(regions: chosen, lang: .en, vocabulary: atlas.vocabulary, index: atlas.fitIndex)
            time("layout") { _ = CompareLayout(c, width: cols, firstColumn: 0, selected: 0, onlyDifferences: false, lang: .en, marker: ">") }
        }
        opens.sort(); all.sort()
        func ms(_ ns: UInt64) -> String { String(format: "%.3f", Double(ns) / 1e6) }
        print("regions \(n) index \(String(format: "%.1f", build)) ms opens \(opens.count) open-p50 \(ms(KeyLatency.quantile(opens, 0.5))) open-p99 \(ms(KeyLatency.quantile(opens, 0.99))) keys \(all.count) p50 \(ms(KeyLatency.quantile(all, 0.5))) p99 \(ms(KeyLatency.quantile(all, 0.99))) max \(ms(all.last!))")
    }
}
