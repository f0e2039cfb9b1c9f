import Foundation
import Testing
import LokaalCore
import LokaalTestSupport
@testable import LokaalUI

/// Every screen at every terminal size from 1×1 to 60×20, and at 1,000 seeded random sizes up to 400×120
/// (`LOKAAL_SOAK=N` draws N times as many): each is reached by resizing, as the backend does, and must
/// render exactly rows × cols without a trap and keep every invariant of ``InvariantChecker``; from a size
/// too small for the browser, growing back to 80×24 and 120×40 must give back the very screen and
/// selections of the state never shrunk.
@Suite struct SizeSweepTests {
    /// A screen to sweep: a key script from a fresh 80×24 state, and whether the copy popup is then open.
    struct ScreenCase: Sendable, CustomTestStringConvertible {
        let name: String
        let script: String
        var popup = false
        var testDescription: String { name }
    }

    static let screens: [ScreenCase] = [
        .init(name: "browse, regions focused", script: "<Down><Down> <Down>"),
        .init(name: "browse, sections focused", script: "<Down><Right><Down><Down><Down>"),
        .init(name: "browse, text focused and scrolled", script: "<Down>3<Right><Right><PgDn><Down>"),
        .init(name: "challenge list", script: "<Down>2<Right><Right><End>"),
        .init(name: "challenge open", script: "<Down>2<Right><Right><Down><Enter><PgDn>"),
        .init(name: "contacts", script: "<End>8<Right><Right><Down>"),
        .init(name: "help overlay", script: "?<PgDn>"),
        .init(name: "help filtered to nothing", script: "?zzq"),
        .init(name: "search prompt", script: "/roy"),
        .init(name: "search kept", script: "/hierarchie<Enter>n"),
        .init(name: "persona view", script: "p/roy<Enter><Right><Down>"),
        .init(name: "compare 2", script: " <Down> c<PgDn>"),
        .init(name: "compare 4, only differences", script: " <Down> <Down> <Down> cd<Right><Right><Right>]"),
        .init(name: "compare Leuven and Zuidwest Rand, services", script: "<Down><Down><Down> <Down> c]]]]]]"),
        .init(name: "similar list", script: "<Down><Down><Down>2<Right><Right><Down>m<Down>"),
        .init(name: "similar list of a service", script: "3<Right><Right><PgDn>m"),
        .init(name: "theme matrix", script: "t<Down><Down><Right>"),
        .init(name: "theme detail", script: "t<Down><Right><Enter><Down>"),
        .init(name: "results of s", script: "sroy<Enter><Down><Down>"),
        .init(name: "timeline", script: "w<Up><Up><Up>"),
        .init(name: "timeline of marked regions", script: " <Down> <Down> w<Home><Down>"),
        .init(name: "timing from the timeline", script: "w<Up><Enter><PgDn>"),
        .init(name: "fit view typing", script: "fwij bieden schuldhulpverlening"),
        .init(name: "fit view hits", script: "fwij bieden schuldhulpverlening en budgetbeheer<Enter><Down><Down>"),
        .init(name: "fit view, only stop words", script: "fwij en de"),
        .init(name: "copy popup", script: "<End>8", popup: true),
    ]

    static let grownSizes = [(rows: 24, cols: 80), (rows: 40, cols: 120)]

    /// The state of a screen at 80×24.
    static func start(_ screen: ScreenCase) -> AppState {
        var (s, _) = Fixture.run(screen.script)
        if screen.popup {
            let failed = CopyResult(what: "Silke", text: "Silke Van Esch <silke.vanesch@vdab.be>\nline two", outcome: .failed(reason: "no clipboard"))
            _ = Controller.update(&s, event: .copyFinished(failed), atlas: Fixture.atlas)
        }
        return s
    }

    /// What the reader has selected, in every view, as one comparable line.
    static func selections(_ s: AppState) -> String {
        let p = s.personaView, c = s.compareView, t = s.themeView
        return "mode \(s.mode) focus \(s.focus) region \(s.region) section \(s.section) challenge \(s.challenge) open \(String(describing: s.openChallenge)) "
            + "person \(s.person) scroll \(s.scroll) marked \(s.marked) search \(s.search.query)#\(String(describing: s.search.current)) "
            + "help \(String(describing: s.help)) popup \(s.popup != nil) persona \(p.filter)#\(p.selected)/\(p.appearance)/\(p.onAppearances) "
            + "compare \(c.regions)#\(c.column)/\(c.firstColumn)/\(c.scroll)/\(c.onlyDifferences) theme \(t.row),\(t.column)/\(t.listOpen)/\(t.listScroll) "
            + "results \(s.results.query)#\(s.results.selected) timeline \(s.timelineView.regions)#\(String(describing: s.timelineView.selected))"
            + " fit \(s.fitView.text)#\(s.fitView.selected)/\(s.fitView.typing)"
    }

    /// Resizes a screen's state to `rows`×`cols`, checks it, then grows it back and compares with never shrinking.
    static func sweep(_ screen: ScreenCase, sizes: [(rows: Int, cols: Int)]) {
        let checker = InvariantChecker(atlas: Fixture.atlas)
        let start = start(screen)
        let references = grownSizes.map { g -> (AppState, Screen) in
            var s = start
            _ = Controller.update(&s, key: .resize(rows: g.rows, cols: g.cols), atlas: Fixture.atlas)
            return (s, Fixture.render(s))
        }
        var failures = 0, tiny = 0
        for size in sizes where failures < 5 {
            var s = start
            let key = Key.resize(rows: size.rows, cols: size.cols)
            _ = Controller.update(&s, key: key, atlas: Fixture.atlas)
            if let v = checker.check(s, key: key, before: start) {
                Issue.record("\(screen.name) at \(size.cols)x\(size.rows): \(v)")
                failures += 1
                continue
            }
            // Only a terminal too small for the browser leaves the state as it was; a size that shows
            // the browser re-lays it out (and clamps its scrolling), which growing back need not undo.
            guard Layout(rows: size.rows, cols: size.cols, regionCount: Fixture.atlas.regions.count).tooSmall else { continue }
            if let problem = tooSmallProblem(s) {
                Issue.record("\(screen.name) at \(size.cols)x\(size.rows): \(problem)")
                failures += 1
            }
            // A resize is a function of the state and the size. When the tiny size changed nothing but the
            // size, growing back is growing the state never shrunk: the reference itself. Grow back for real
            // from every 25th tiny size anyway, and from any that changed more than the size.
            tiny += 1
            var restored = s
            restored.rows = start.rows; restored.cols = start.cols
            if restored == start, tiny % 25 != 1 { continue }
            for (g, (reference, referenceScreen)) in zip(grownSizes, references) {
                var back = s
                _ = Controller.update(&back, key: .resize(rows: g.rows, cols: g.cols), atlas: Fixture.atlas)
                // Equal states render equally (a render is a function of the state); otherwise compare the screens.
                guard back != reference else { continue }
                let same = selections(back) == selections(reference)
                let screenSame = same && Fixture.render(back) == referenceScreen
                if !screenSame {
                    Issue.record("\(screen.name): \(size.cols)x\(size.rows) then \(g.cols)x\(g.rows) differs from never shrinking: \(same ? "the screen" : "\(selections(back))\n  instead of \(selections(reference))")")
                    failures += 1
                }
            }
        }
    }

    /// At a too-small size the message is shown whole when it fits, and nothing else.
    static func tooSmallProblem(_ s: AppState) -> String? {
        let screen = Fixture.render(s)
        let text = screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let message = Wrapper.wrap(UIText.tooSmall(s.lang, "\(Layout.minCols)×\(Layout.minRows)"), width: s.cols)
        if message.count <= s.rows, text != message { return "shows \(text), not the message \(message)" }
        return nil
    }

    @Test(arguments: screens)
    func everySizeUpTo60x20(_ screen: ScreenCase) {
        Self.sweep(screen, sizes: (1...20).flatMap { rows in (1...60).map { (rows: rows, cols: $0) } })
    }

    static var randomSizes: [(rows: Int, cols: Int)] {
        let soak = Int(ProcessInfo.processInfo.environment["LOKAAL_SOAK"] ?? "").map { max(1, $0) } ?? 1
        var rng = SeededRandom(seed: 0x517E)
        return (0..<(1_000 * soak)).map { _ in (rows: rng.int(1...120), cols: rng.int(1...400)) }
    }

    @Test(arguments: screens)
    func randomSizesUpTo400x120(_ screen: ScreenCase) {
        Self.sweep(screen, sizes: Self.randomSizes)
    }
}
