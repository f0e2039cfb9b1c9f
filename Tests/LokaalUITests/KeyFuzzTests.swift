import Foundation
import Testing
import LokaalCore
import LokaalTestSupport
@testable import LokaalUI

/// Random keys through the controller on the bundled data, every invariant checked after every key.
///
/// Four seeds of 25,000 events each (100,000 in all), in sessions of 200–1,500 keys from a fresh
/// state, each session starting with a resize and in English or Dutch. `LOKAAL_SOAK=N` plays N
/// times as many events per seed (a soak run); `LOKAAL_FUZZ_SEED=S` plays only seed S.
/// A failure names the seed, session and event, and a shortened key script to paste into
/// ``FuzzRegressionTests``.
@Suite struct KeyFuzzTests {
    static let seeds: [UInt64] = [1, 2, 3, 4]
    static let eventsPerSeed = 25_000

    static var soak: Int { Int(ProcessInfo.processInfo.environment["LOKAAL_SOAK"] ?? "").map { max(1, $0) } ?? 1 }

    static var chosenSeeds: [UInt64] {
        guard let s = ProcessInfo.processInfo.environment["LOKAAL_FUZZ_SEED"], !s.isEmpty else { return seeds }
        guard let seed = UInt64(s) ?? UInt64(s.replacingOccurrences(of: "0x", with: ""), radix: 16) else {
            fatalError("LOKAAL_FUZZ_SEED must be a number, not \(s)")
        }
        return [seed]
    }

    @Test(arguments: chosenSeeds)
    func randomKeysKeepEveryInvariant(seed: UInt64) {
        let atlas = Fixture.atlas
        let checker = InvariantChecker(atlas: atlas)
        var keys = RandomKeys(seed: seed, atlas: atlas)
        var dice = SeededRandom(seed: ~seed)
        let total = Self.eventsPerSeed * Self.soak
        var done = 0, session = 0
        var seen: [String: Int] = [:]
        while done < total {
            let lang: Lang = dice.chance(0.3) ? .nl : .en
            let length = min(total - done, dice.int(200...1_500))
            var replay = KeyReplay(checker: checker, lang: lang)
            var played: [Key] = []
            for i in 0..<length {
                let key: Key
                if i == 0 { let s = keys.size(); key = .resize(rows: s.rows, cols: s.cols) }
                else { key = keys.next(after: replay.state) }
                played.append(key)
                if let v = replay.step(key) {
                    report(v, keys: played, lang: lang, checker: checker, seed: seed, session: session, event: i, global: done + i)
                    return
                }
                for label in Self.coverage(replay.state) { seen[label, default: 0] += 1 }
            }
            done += length
            session += 1
        }
        print("key fuzz seed \(seed): \(done) events in \(session) sessions; " + seen.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        // The fuzz reached every part of the browser, or it proved little.
        for label in Self.mustReach { #expect(seen[label, default: 0] > 0, "seed \(seed) never reached \(label)") }
    }

    static let mustReach = ["browse", "personas", "compare", "themes", "results", "help", "popup", "too small", "stacked",
                            "region search typed", "region search kept", "persona filter typed", "challenge open",
                            "content focus", "compare 4", "theme list", "help filtered",
                            "timeline", "timeline marked", "timing from timeline", "fit", "fit offer typed", "similar"]

    /// Names for what a state shows, to count which parts of the browser the fuzz reached.
    static func coverage(_ s: AppState) -> [String] {
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: Fixture.atlas.regions.count)
        var out = [layout.tooSmall ? "too small" : (layout.stacked ? "stacked" : "\(s.mode)")]
        if layout.stacked { out.append("\(s.mode)") }
        if s.help != nil { out.append(s.help!.filter.isEmpty ? "help" : "help filtered") }
        if s.popup != nil { out.append("popup") }
        if s.search.typing { out.append("region search typed") } else if !s.search.query.isEmpty { out.append("region search kept") }
        if s.mode == .personas && !s.personaView.filter.isEmpty { out.append("persona filter typed") }
        if s.openChallenge != nil { out.append("challenge open") }
        if s.focus == .content { out.append("content focus") }
        if s.mode == .compare && s.compareView.regions.count == 4 { out.append("compare 4") }
        if s.mode == .themes && s.themeView.listOpen { out.append("theme list") }
        if s.mode == .timeline && !s.timelineView.regions.isEmpty { out.append("timeline marked") }
        if s.mode == .browse && s.returnTo == .timeline { out.append("timing from timeline") }
        if s.mode == .fit && s.fitView.typing && !s.fitView.text.isEmpty { out.append("fit offer typed") }
        return out
    }

    func report(_ v: InvariantChecker.Violation, keys: [Key], lang: Lang, checker: InvariantChecker, seed: UInt64, session: Int, event: Int, global: Int) {
        let short = KeyShrinker.shrink(keys) { candidate in
            guard let f = KeyReplay.firstFailure(candidate, lang: lang, checker: checker), f.violation.rule == v.rule else { return nil }
            return f.index
        }
        let last = KeyReplay.firstFailure(short, lang: lang, checker: checker)
        let script = KeyScriptWriter.script(short)
        let message = """
            key fuzz broke an invariant: \(v)
            seed \(seed), session \(session), event \(event) of the session (event \(global) of the seed), language \(lang.rawValue)
            replay the seed: LOKAAL_FUZZ_SEED=\(seed)\(Self.soak > 1 ? " LOKAAL_SOAK=\(Self.soak)" : "") swift test --filter KeyFuzzTests
            shortened to \(short.count) of \(event + 1) keys\(KeyScriptWriter.readsBack(short) ? "" : " (WARNING: does not read back exactly)"), which fail with: \(last.map { "\($0.violation)" } ?? "nothing")
            regression case: .init(lang: .\(lang.rawValue), script: #"\(script)"#, rule: "\(v.rule)"),
            """
        Issue.record(Comment(rawValue: message))
    }
}
