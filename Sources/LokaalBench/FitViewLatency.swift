import ArgumentParser
import Foundation
import LokaalCore
import LokaalUI

/// `lokaal-bench fit-keys --data DIR --size 200x60`: the fit view's cost per typed key, as the browser pays it.
///
/// Opens the fit view with `f` and types each offer of ``FitLatency/offers`` character
/// by character through the ``Controller`` (which re-ranks the needs for the new text and
/// keeps them), then renders the whole screen; every key is timed from the update to the
/// finished screen. The fit index is built (and timed) before the keys, as the first `f`
/// of a session builds it once. Prints keys, p50, p99 and max in ms, and the build time.
struct FitViewLatency: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fit-keys",
        abstract: "Time the fit view per typed key (controller update + render) in process; print p50, p99, max in ms.")
    @Option(help: "Data directory.") var data: String?
    @Option(help: "Screen size COLSxROWS.") var size = "200x60"
    @Option(help: "Passes over the offers.") var passes = 5

    func run() throws {
        let atlas = try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        let p = size.split(separator: "x").compactMap { Int($0) }
        guard p.count == 2 else { throw ValidationError("--size wants COLSxROWS") }
        let start = DispatchTime.now().uptimeNanoseconds
        _ = atlas.fitIndex
        let build = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let times = Self.measure(atlas: atlas, cols: p[0], rows: p[1], passes: passes).sorted()
        func ms(_ ns: UInt64) -> String { String(format: "%.3f", Double(ns) / 1e6) }
        print("keys \(times.count) p50 \(ms(KeyLatency.quantile(times, 0.5))) p99 \(ms(KeyLatency.quantile(times, 0.99))) max \(ms(times.last!)) build \(String(format: "%.1f", build))")
    }

    /// Each key's time in nanoseconds: every character of every offer, `passes` times over.
    static func measure(atlas: Atlas, cols: Int, rows: Int, passes: Int) -> [UInt64] {
        var times: [UInt64] = []
        var screens = 0
        for _ in 0..<passes {
            for offer in FitLatency.offers {
                var state = AppState(rows: rows, cols: cols, lang: .en, today: "2024-01-15")
                _ = Controller.update(&state, key: .char("f"), atlas: atlas)
                for c in offer {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    _ = Controller.update(&state, key: .char(c), atlas: atlas)
                    let screen = RootView.render(atlas, state, look: .mono)
                    times.append(DispatchTime.now().uptimeNanoseconds - t0)
                    screens &+= screen.rows
                }
                precondition(state.fitView.ranked == offer)
            }
        }
        precondition(screens > 0)
        return times
    }
}
