import Foundation
import LokaalCore
import LokaalTestSupport
import LokaalUI

/// Shared test inputs: the bundled atlas, a fixed "today", and key scripts.
enum Fixture {
    static let atlas = BundledAtlas.atlas
    static let today = BundledAtlas.today

    static func state(cols: Int, rows: Int, lang: Lang = .en) -> AppState {
        AppState(rows: rows, cols: cols, lang: lang, today: today)
    }

    /// Runs a key script from a fresh state; returns the state and every effect.
    static func run(_ script: String, cols: Int = 80, rows: Int = 24, lang: Lang = .en, atlas: Atlas = atlas) -> (AppState, [Effect]) {
        var s = state(cols: cols, rows: rows, lang: lang)
        var effects: [Effect] = []
        for k in KeyScript.parse(script) { effects += Controller.update(&s, key: k, atlas: atlas) }
        return (s, effects)
    }

    static func render(_ s: AppState, atlas: Atlas = atlas, look: Look = .mono) -> Screen {
        RootView.render(atlas, s, look: look)
    }
}
