import Testing
import LokaalCore
import LokaalTestSupport
@testable import LokaalUI

/// The fuzz's own parts: the seeded generator, the random keys, the key-script writer, the shrinker
/// and the replay, so that a quiet fuzz run and a shortened failure can both be trusted.
@Suite struct FuzzHarnessTests {
    @Test func seededRandomRepeatsPerSeedAndDiffersBetweenSeeds() {
        var a = SeededRandom(seed: 42), b = SeededRandom(seed: 42), c = SeededRandom(seed: 43)
        let x = (0..<8).map { _ in a.next() }
        #expect(x == (0..<8).map { _ in b.next() })
        #expect(x != (0..<8).map { _ in c.next() })
        // SplitMix64's published first output for seed 0.
        var zero = SeededRandom(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func randomKeysAreKeysTheBackendCanDeliver() {
        var keys = RandomKeys(seed: 7, atlas: Fixture.atlas)
        var s = Fixture.state(cols: 80, rows: 24)
        var kinds = Set<String>()
        for _ in 0..<2_000 {
            let k = keys.next(after: s)
            _ = Controller.update(&s, key: k, atlas: Fixture.atlas)
            switch k {
            case let .char(c):
                #expect(c.unicodeScalars.count == 1 && c.unicodeScalars.first!.value >= 0x20 && c != "\u{7F}", "\(k)")
                kinds.insert(c.isASCII ? "ascii" : "other text")
            case let .ctrl(c):
                #expect(c.isLetter && !"hijm".contains(c), "Ctrl-\(c) arrives as another key")
                kinds.insert("ctrl")
            case let .resize(rows, cols):
                #expect(rows >= 1 && cols >= 1)
                kinds.insert("resize")
            case .click, .wheelUp, .wheelDown: kinds.insert("mouse")
            default: kinds.insert(Keymap.standard.action(for: k, in: .browse) == nil ? "unbound" : "bound")
            }
        }
        #expect(kinds.isSuperset(of: ["ascii", "other text", "ctrl", "resize", "mouse", "bound", "unbound"]), "\(kinds)")
    }

    /// Steering reaches its goal from wherever the walk is: with help, a prompt, a popup or another view open,
    /// the text focused, other regions marked, a terminal too small or stacked.
    @Test func steeringMarksExactlyTheGoalsRegionsFromAnywhere() {
        let starts = ["", "?sea", "<Down>2<Right><Right><Down><Enter>", "p/ro", "p/roy<Enter><Right>", "sroy", "t<Down><Enter>",
                      " <Down> <Down> <Down> c", "<End> <Up> w", "/hier<Enter>", "<Resize:45x12>", "<Resize:30x8>"]
        for (n, start) in starts.enumerated() {
            for (goal, finish, mode) in [(Set([0, 1, 2, 3]), Key.char("c"), AppState.Mode.compare), (Set([1, 4]), Key.char("w"), .timeline)] {
                var keys = RandomKeys(seed: UInt64(n), atlas: Fixture.atlas)
                var (s, _) = Fixture.run(start)
                keys.aim(at: goal, finish: finish)
                var steps = 0
                while steps < 60, !(s.mode == mode && Set(s.marked) == goal) {
                    _ = Controller.update(&s, key: keys.next(after: s), atlas: Fixture.atlas)
                    steps += 1
                }
                #expect(s.mode == mode && Set(s.marked) == goal, "from \(start): \(s.mode), marked \(s.marked) after \(steps) keys")
                if mode == .compare { #expect(Set(s.compareView.regions) == goal) } else { #expect(Set(s.timelineView.regions) == goal) }
            }
        }
    }

    @Test func unboundTextIsUnbound() {
        for c in RandomKeys.unboundText { #expect(Keymap.standard.bindings.allSatisfy { !$0.keys.contains(.char(c)) }, "\(c) is bound") }
    }

    @Test func keyScriptsReadBackExactly() {
        let odd = RandomKeys.oddText.map { Key.char($0) }
        let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab,
                           .wheelUp, .wheelDown, .unknown, .ctrl("x"), .resize(rows: 7, cols: 300), .click(row: 3, col: 4),
                           .char("<"), .char("U"), .char("p"), .char(">"), .char("a")] + odd + [.char("e"), .char("\u{301}"), .char("<")]
        #expect(KeyScriptWriter.readsBack(keys), "\(KeyScriptWriter.script(keys))")
        #expect(KeyScriptWriter.script([.char("a"), .char("\u{301}")]) == "a<U+301>")
        #expect(KeyScript.parse("<U+3C>Up>") == [.char("<"), .char("U"), .char("p"), .char(">")])
    }

    @Test func shrinkerKeepsOnlyWhatTheFailureNeeds() {
        // Fails (at the 7) when a 3 comes before a 7.
        let fails: ([Int]) -> Int? = { keys in
            guard let three = keys.firstIndex(of: 3), let seven = keys[three...].firstIndex(of: 7) else { return nil }
            return seven
        }
        let long = Array(0..<40) + [3, 1, 1, 7] + Array(50..<90)
        #expect(KeyShrinker.shrink(long, fails: fails) == [3, 7])
        #expect(KeyShrinker.shrink([5, 3, 7], fails: fails) == [3, 7])
    }

    @Test func replayAnswersCopiesAsTheRuntimeWouldAndNamesTheFailingKey() {
        let checker = InvariantChecker(atlas: Fixture.atlas)
        var replay = KeyReplay(checker: checker, lang: .en)
        for k in KeyScript.parse("<End>8y") { #expect(replay.step(k) == nil) }
        #expect(replay.state.popup == nil && replay.state.status?.contains("via test") == true)
        #expect(replay.step(.char("y")) == nil)
        #expect(replay.state.popup?.contains("@") == true, "every second copy fails and opens the popup")
        #expect(KeyReplay.firstFailure(KeyScript.parse("<End>8yy<Esc>"), lang: .nl, checker: checker) == nil)
    }
}
