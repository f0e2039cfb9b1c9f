import Foundation
import LokaalCore
import LokaalUI

/// Measures the time of one key: the controller's update plus a full render, in process.
///
/// A scripted session visits every screen a user reaches (browsing, sections,
/// scrolling, `/` search, persona filter, search across regions, marking and
/// comparing, the theme matrix, help) and is replayed until enough keys are timed.
/// The terminal itself is not involved: this is the cost lokaal adds per key.
struct KeyLatency {
    /// One pass through the browser, in ``KeyScript`` syntax.
    static let session = [
        "<Down><Down><Down><Up><End><Home>",
        "2<Right><Right><Down><Down><Enter><PgDn><PgDn><PgUp><Esc><Left><Left>",
        "3<Tab><Tab><PgDn><PgDn><End><Home><BTab><BTab>",
        "4<Tab><Tab><Down><Down><Down><BTab><BTab>5678912",
        "/roy<Enter>nnnN<Esc>",
        "/werkzoekenden<Enter>nn<Esc>",
        "p/ro<BS><BS>nas<Down><Down><Enter><Esc><Esc>",
        "shierarchie<Down><Down><Down><Enter><Esc><Esc>",
        "<Home> <Down> <Down> c]]][[d<Right><Left>d<Esc><Home> <Down> <Down> ",
        "t<Down><Down><Right><Right><Enter><Esc><Esc>",
        "?quit<BS><BS><BS><BS><Esc>",
    ].joined()

    let atlas: Atlas
    let cols: Int
    let rows: Int

    /// Times at least `count` keys; returns each key's duration in nanoseconds, in session order.
    func measure(count: Int) -> [UInt64] {
        let keys = KeyScript.parse(Self.session)
        var times: [UInt64] = []
        times.reserveCapacity(count + keys.count)
        var screens = 0
        while times.count < count {
            var state = AppState(rows: rows, cols: cols, lang: .en, today: "2024-01-15")
            for key in keys {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = Controller.update(&state, key: key, atlas: atlas)
                let screen = RootView.render(atlas, state, look: .mono)
                times.append(DispatchTime.now().uptimeNanoseconds - start)
                screens &+= screen.rows
            }
        }
        precondition(screens > 0)
        return times
    }

    /// The value at quantile `q` (0…1) of `sorted`.
    static func quantile(_ sorted: [UInt64], _ q: Double) -> UInt64 {
        sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.up)) - 1)]
    }
}
