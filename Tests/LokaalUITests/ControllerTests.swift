import Testing
import LokaalCore
@testable import LokaalUI

/// Key scripts through the controller, asserting state and screen.
@Suite struct ControllerTests {
    let atlas = Fixture.atlas

    @Test func browseToEveryRegionAndBack() {
        for i in atlas.regions.indices {
            let (s, _) = Fixture.run(String(repeating: "<Down>", count: i))
            #expect(s.region == i)
            #expect(Fixture.render(s).lines.joined().contains(atlas.regions[i].name))
        }
        let (s, _) = Fixture.run("<Down><Down><Down><Down><Down><Down><Down>")
        #expect(s.region == atlas.regions.count - 1)
        #expect(Fixture.run("<End>").0.region == atlas.regions.count - 1)
        #expect(Fixture.run("<End>g").0.region == 0)
        #expect(Fixture.run("jjk").0.region == 1)
    }

    @Test func openAChallengeAndGoBack() {
        var (s, _) = Fixture.run("<Down>2<Right><Right><Down><Enter>")
        #expect(s.focus == .content && s.currentSection == .challenges && s.openChallenge == 1)
        #expect(Fixture.render(s).lines[0].contains("Haspengouw › Challenges › Challenge 2"))
        for k in KeyScript.parse("<Esc>") { _ = Controller.update(&s, key: k, atlas: atlas) }
        #expect(s.openChallenge == nil && s.focus == .content && s.challenge == 1)
        for k in KeyScript.parse("<BS><BS>") { _ = Controller.update(&s, key: k, atlas: atlas) }
        #expect(s.focus == .regions)
    }

    @Test func panesCycleWithTabAndArrows() {
        #expect(Fixture.run("<Tab>").0.focus == .sections)
        #expect(Fixture.run("<Tab><Tab>").0.focus == .content)
        #expect(Fixture.run("<Tab><Tab><BTab>").0.focus == .sections)
        #expect(Fixture.run("ll").0.focus == .content)
        #expect(Fixture.run("llh").0.focus == .sections)
    }

    @Test func everySectionIsReachableForEveryRegion() {
        for r in atlas.regions.indices {
            for sec in AppState.sections.indices {
                let (s, _) = Fixture.run(String(repeating: "<Down>", count: r) + "\(sec + 1)")
                #expect(s.region == r && s.section == sec)
                let m = ContentModel.current(s, atlas: atlas, width: 60)!
                #expect(!m.lines.isEmpty)
            }
        }
    }

    @Test func scrollingStopsAtTheEnd() {
        let (s, _) = Fixture.run("<Right><Right>6<Right>" + String(repeating: "<PgDn>", count: 50))
        let layout = Layout(rows: 24, cols: 80, regionCount: atlas.regions.count)
        let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth)!
        #expect(s.scroll == max(0, m.lines.count - layout.content.height))
        #expect(Fixture.run("<Right><Right>6<Right><PgDn><Home>").0.scroll == 0)
    }

    @Test func searchFindsJumpsAndCycles() throws {
        let (s, _) = Fixture.run("<End>/roy<Enter>")
        #expect(!s.search.typing && !s.search.matches.isEmpty)
        let m = s.search.matches[try #require(s.search.current)]
        #expect(AppState.sections[m.section] == .challenges || AppState.sections[m.section] == .overview || AppState.sections[m.section] == .personas)
        let screen = Fixture.render(s)
        #expect(screen.styleLines.joined().contains("S") || screen.styleLines.joined().contains("M"))
        var t = s
        let first = t.search.current
        _ = Controller.update(&t, key: .char("n"), atlas: atlas)
        _ = Controller.update(&t, key: .char("N"), atlas: atlas)
        #expect(t.search.current == first)
        _ = Controller.update(&t, key: .escape, atlas: atlas)
        #expect(t.search.query.isEmpty)
    }

    @Test func incrementalSearchEqualsSearchFromScratch() {
        let (typed, _) = Fixture.run("/hiex<BS>rarchie<Enter>")
        let (direct, _) = Fixture.run("/hierarchie<Enter>")
        #expect(typed.search.matches == direct.search.matches)
        #expect(!direct.search.matches.isEmpty)
    }

    @Test func helpOverlayFiltersAndCloses() {
        let (s, _) = Fixture.run("?quit")
        #expect(s.help?.filter == "quit")
        let rows = HelpOverlayView.rows(filter: "quit", lang: .en, keymap: .standard)
        #expect(rows.count == 1 && rows[0].keys == "q")
        #expect(Fixture.render(s).lines.joined().contains("Quit"))
        #expect(Fixture.run("?quit<Esc>").0.help == nil)
        #expect(Fixture.run("??").0.help == nil)
    }

    @Test func helpTellsTheTruthAboutEveryKey() {
        // Every key the help lists resolves to the action it describes.
        for b in Keymap.standard.bindings {
            for k in b.keys { #expect(Keymap.standard.action(for: k) == b.action, "\(k.label)") }
        }
        let listed = HelpOverlayView.rows(filter: "", lang: .en, keymap: .standard).map(\.text)
        for b in Keymap.standard.bindings { #expect(listed.contains(b.help.en)) }
    }

    @Test func quitRedrawSuspendAreEffects() {
        #expect(Fixture.run("q").1 == [.quit])
        #expect(Fixture.run("<C-l>").1 == [.redraw])
        #expect(Fixture.run("<C-z>").1 == [.suspend])
    }

    @Test func resizeDownAndBackKeepsState() {
        let (before, _) = Fixture.run("<Down><Down>2<Right><Right><Down><Enter>")
        var s = before
        _ = Controller.update(&s, key: .resize(rows: 8, cols: 30), atlas: atlas)
        #expect(Fixture.render(s).lines.joined(separator: " ").contains("terminal too small"))
        _ = Controller.update(&s, key: .resize(rows: 24, cols: 80), atlas: atlas)
        #expect(s.region == before.region && s.section == before.section && s.openChallenge == before.openChallenge)
        #expect(Fixture.render(s) == Fixture.render(before))
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var s = Fixture.state(cols: 80, rows: 24)
        _ = Controller.update(&s, key: .click(row: 5, col: 3), atlas: atlas)
        #expect(s.region == 2)
        _ = Controller.update(&s, key: .click(row: 3, col: 25), atlas: atlas)
        #expect(s.section == 2 && s.focus == .sections)
        _ = Controller.update(&s, key: .wheelDown, atlas: atlas)
        #expect(s.scroll == 3)
    }

    @Test func selectionIsMarkedByTextAndCursor() {
        let screen = Fixture.render(Fixture.run("<Down>").0)
        #expect(screen.lines[3].hasPrefix("▶ Haspengouw"))
        #expect(screen.cursor?.row == 3)
    }

    @Test func hostileTextNeverReachesTheScreen() {
        var r = atlas.regions[0]
        r.name = "Evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}reversed"
        r.challenges[0].description = ["\u{1B}]52;c;aGk=\u{07}" + String(repeating: "\u{0301}", count: 200) + "\u{00}\u{7F}"]
        let hostile = Atlas(regions: [r] + atlas.regions.dropFirst())
        for script in ["", "2<Right><Right><Enter>", "/evil"] {
            let (s, _) = Fixture.run(script, atlas: hostile)
            let screen = Fixture.render(s, atlas: hostile)
            for line in screen.lines {
                #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
                #expect(DisplayWidth.of(line) == 80)
            }
            #expect(screen.lines.joined().contains("␛"))
        }
    }

    @Test func everySizeRendersWithoutOverflow() {
        for cols in stride(from: 1, through: 130, by: 7) {
            for rows in stride(from: 1, through: 45, by: 4) {
                for script in ["", "2<Right><Right><Enter>", "?", "/roy"] {
                    let (s, _) = Fixture.run(script, cols: cols, rows: rows)
                    let screen = Fixture.render(s)
                    #expect(screen.lines.count == rows)
                    #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == cols }, "\(cols)x\(rows) \(script)")
                }
            }
        }
    }
}
