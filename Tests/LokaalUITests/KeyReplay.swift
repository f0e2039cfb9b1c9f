import LokaalCore
@testable import LokaalUI

/// Plays keys through the controller from a fresh 80×24 state the way the browser's main loop
/// does (see `Browser.run`), checking every invariant after every key; no terminal is involved.
///
/// A resize is the `.resize(rows:cols:)` key the backend makes of `KEY_RESIZE`. Quit, redraw and
/// suspend change nothing here. A copy effect is answered as the runtime would: every second copy
/// "fails", which opens the popup with the text, the others report success on the status line —
/// so the outcome depends only on the keys and a shortened sequence replays the same way.
struct KeyReplay {
    /// Where a sequence first broke an invariant.
    struct Failure {
        let index: Int
        let violation: InvariantChecker.Violation
    }

    let checker: InvariantChecker
    private(set) var state: AppState
    private var copies = 0

    init(checker: InvariantChecker, lang: Lang) {
        self.checker = checker
        state = Fixture.state(cols: 80, rows: 24, lang: lang)
    }

    /// Applies one key and its effects; returns the first broken invariant, if any.
    mutating func step(_ key: Key) -> InvariantChecker.Violation? {
        let before = state
        for effect in Controller.update(&state, key: key, atlas: checker.atlas) {
            guard case let .copy(text, what) = effect else { continue }
            copies += 1
            let outcome: CopyResult.Outcome = copies % 2 == 0 ? .failed(reason: "no clipboard") : .copied(via: "test", confirmed: true)
            _ = Controller.update(&state, event: .copyFinished(CopyResult(what: what, text: text, outcome: outcome)), atlas: checker.atlas)
        }
        return checker.check(state, key: key, before: before)
    }

    /// Replays `keys` from a fresh state; the first failure, or nil when every invariant held throughout.
    static func firstFailure(_ keys: [Key], lang: Lang, checker: InvariantChecker) -> Failure? {
        var replay = KeyReplay(checker: checker, lang: lang)
        if let v = checker.check(replay.state, key: nil, before: nil) { return Failure(index: -1, violation: v) }
        for (i, k) in keys.enumerated() {
            if let v = replay.step(k) { return Failure(index: i, violation: v) }
        }
        return nil
    }
}
