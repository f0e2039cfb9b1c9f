import Testing
import LokaalCore
@testable import LokaalUI

/// Key sequences the fuzz broke an invariant with, as it shortened them, replayed through the same
/// checker (``KeyReplay``, ``InvariantChecker``) from a fresh 80×24 state; and proof the checker fails
/// on states that break each rule, so a quiet fuzz means something.
@Suite struct FuzzRegressionTests {
    /// One shortened sequence: the interface language, the key script, and the rule it broke.
    struct Case: Sendable, CustomTestStringConvertible {
        let lang: Lang
        let script: String
        let rule: String
        var testDescription: String { "\(rule): \(script)" }
    }

    static let cases: [Case] = [
        // A help filter that matched nothing hid the whole overlay (the box had no room for "no results").
        .init(lang: .nl, script: #"?g4"#, rule: "overlay"),
        // Down and PgDn in the help scrolled on past its last row, so Up seemed dead for as long.
        .init(lang: .en, script: #"?y<PgDn>"#, rule: "viewport"),
        // The list of a theme cell's matches scrolled on past its last line.
        .init(lang: .en, script: #"t<Enter><Down>"#, rule: "viewport"),
        // ... and when the terminal grew while another view showed, coming back found it scrolled past its end.
        .init(lang: .en, script: #"<Resize:43x14>t<Enter><Down>t<Resize:54x25>t"#, rule: "viewport"),
        // A narrower terminal hid the comparison's selected column.
        .init(lang: .en, script: #" <Down> c<Right><Resize:44x15>"#, rule: "viewport"),
        // A taller terminal left the comparison scrolled past its last row.
        .init(lang: .en, script: #" <Down> c<PgDn><Resize:205x120>"#, rule: "viewport"),
        // Scrolled to the end of a one-column comparison, Tab showed a column with fewer lines and stayed past its end.
        .init(lang: .nl, script: #"<Down><Resize:41x20> <Up> c<End><Tab>"#, rule: "viewport"),
        // The help box's fill cut a wide character in the persona filter in half: the line grew a cell too wide.
        .init(lang: .en, script: #"p<Resize:96x30>/ambulan한<Enter>?"#, rule: "render"),
        // Jumping from the persona view to another region kept the contact selected in the first (index out of range).
        .init(lang: .en, script: #"<End>8<Resize:41x26><Click:19,26><End>p/<Esc><End><Tab><Enter>"#, rule: "selection"),
        // In a view shorter than a challenge, Down scrolled to the challenge's end and hid its first line and marker.
        .init(lang: .en, script: #"<Resize:41x10>2<Enter><Tab><Down>"#, rule: "viewport"),
        .init(lang: .nl, script: #"pp/ps<Esc>p/<Esc><Esc><Esc><Resize:41x10><Up>"#, rule: "viewport"),
        // Found by `make soak` (seeds 3 and 1 at 20x): Esc cleared the persona filter and selected the first
        // persona but kept the appearance chosen in another one (out of range when it has fewer).
        .init(lang: .en, script: #"p/ie<Enter>lGh<Esc>"#, rule: "selection"),
        .init(lang: .en, script: #"vp/s<Enter>s<Down>p<PgDn><Right><Esc><Up><Up><Right><PgDn><Enter>y<Esc>p<Left><Esc>"#, rule: "selection"),
        // Found by `make soak` (seed 1 at 20x): a zero-width space, dropped when drawn, left a skin-tone
        // modifier beside a space; the two joined into one grapheme and the row lost a cell.
        .init(lang: .en, script: #"?<U+200B><U+1F3FB>"#, rule: "render"),
        .init(lang: .en, script: #"s8<Esc><Down><Resize:33x3><Enter>"#, rule: "selection"),
    ]

    @Test(arguments: cases)
    func shortenedSequenceKeepsEveryInvariant(_ c: Case) {
        let keys = KeyScript.parse(c.script)
        #expect(KeyScriptWriter.script(keys) == c.script, "the case reads back as written")
        let failure = KeyReplay.firstFailure(keys, lang: c.lang, checker: InvariantChecker(atlas: Fixture.atlas))
        #expect(failure == nil, "key \(failure?.index ?? -1): \(failure.map { "\($0.violation)" } ?? "")")
    }

    // MARK: - The checker can fail

    static func broken(_ script: String = "", _ change: (inout AppState) -> Void) -> InvariantChecker.Violation? {
        var (s, _) = Fixture.run(script)
        change(&s)
        return InvariantChecker(atlas: Fixture.atlas).check(s, key: nil, before: nil)
    }

    @Test func checkerReportsEachKindOfBrokenState() {
        let atlas = Fixture.atlas
        #expect(Self.broken("", { _ in }) == nil, "an untouched state keeps every invariant")
        #expect(Self.broken { $0.region = atlas.regions.count }?.rule == "selection")
        #expect(Self.broken { $0.section = SectionCatalogue.order.count }?.rule == "selection")
        #expect(Self.broken("2") { $0.openChallenge = 99 }?.rule == "selection")
        #expect(Self.broken("3") { $0.openChallenge = 0 }?.rule == "selection", "a challenge open outside Challenges")
        #expect(Self.broken { $0.marked = [1, 1] }?.rule == "selection")
        #expect(Self.broken("p") { $0.personaView.selected = 10_000 }?.rule == "selection")
        #expect(Self.broken(" <Down> c") { $0.compareView.regions = [1, 1] }?.rule == "compare")
        #expect(Self.broken(" <Down> c") { $0.compareView.regions = [0] }?.rule == "compare")
        #expect(Self.broken(" <Down> c") { $0.compareView.regions = [0, 1, 2, 3, 4] }?.rule == "compare")
        #expect(Self.broken(" <Down> c") { $0.compareView.regions = [0, atlas.regions.count] }?.rule == "compare")
        #expect(Self.broken("/roy<Enter>") { $0.search.matches.removeLast() }?.rule == "search")
        #expect(Self.broken("/roy<Enter>") { $0.search.query = "royx" }?.rule == "search")
        #expect(Self.broken { $0.scroll = 10_000 }?.rule == "viewport")
        #expect(Self.broken("?") { $0.help?.scroll = 10_000 }?.rule == "viewport")
        #expect(Self.broken(" <Down> c") { $0.compareView.scroll = 10_000 }?.rule == "viewport")
        #expect(Self.broken { $0.cols = 300 }?.rule == nil, "a wider state renders wider: still exact")
    }

    @Test func checkerSeesASelectionMovedOutOfView() {
        // Down in the challenge list keeps the selection in view; undo the scroll and the checker notices.
        let checker = InvariantChecker(atlas: Fixture.atlas)
        var (s, _) = Fixture.run("<Down>2<Right><Right>", cols: 80, rows: 12)
        let before = s
        _ = Controller.update(&s, key: .end, atlas: Fixture.atlas)
        #expect(checker.check(s, key: .end, before: before) == nil)
        s.scroll = 0
        #expect(checker.check(s, key: .end, before: before)?.rule == "viewport")
    }
}
