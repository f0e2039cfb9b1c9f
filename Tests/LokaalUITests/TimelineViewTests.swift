import Foundation
import Testing
import LokaalCore
@testable import LokaalUI

/// The timeline view (`w`) and the overview's deadline status: whose milestones, where today falls,
/// what is dimmed and flagged, and Enter to the region's Timing section and back.
@Suite struct TimelineViewTests {
    static func state(_ script: String, today: String = Fixture.today, cols: Int = 120, rows: Int = 40) -> AppState {
        var s = AppState(rows: rows, cols: cols, today: today)
        for k in KeyScript.parse(script) { _ = Controller.update(&s, key: k, atlas: Fixture.atlas) }
        return s
    }

    @Test func wListsEveryRegionOrTheMarkedOnes() {
        let all = Self.state("w")
        #expect(all.mode == .timeline && all.timelineView.regions.isEmpty)
        #expect(TimelineLayout.current(all, Fixture.atlas).entries == Timeline.entries(Fixture.atlas))
        // One marked region is not a selection of regions: every region is listed.
        #expect(Self.state(" w").timelineView.regions.isEmpty)
        let two = Self.state(" <Down> w")
        #expect(two.timelineView.regions == [0, 1])
        let ids = Set(TimelineLayout.current(two, Fixture.atlas).entries.map(\.regionID))
        #expect(ids == [Fixture.atlas.regions[0].id, Fixture.atlas.regions[1].id])
        // w again closes it.
        #expect(Self.state("ww").mode == .browse)
    }

    @Test func todaysLineSitsAtTodayAndPastMilestonesAreDimmed() throws {
        let s = Self.state("w", today: "2023-06-10")
        let l = TimelineLayout.current(s, Fixture.atlas)
        let today = try #require(l.lines.firstIndex { $0.kind == .today })
        for (i, line) in l.lines.enumerated() {
            guard let item = line.item, let date = l.entries[item].milestone.sortDate else { continue }
            #expect(i < today ? date <= "2023-06-10" : date > "2023-06-10", "\(line.text)")
        }
        // Opened at today: the first milestone not yet past.
        let selected = try #require(s.timelineView.selected)
        #expect(!l.entries[selected].isPast(today: s.today))
        #expect(l.entries[..<selected].allSatisfy { $0.isPast(today: s.today) })
        let screen = Fixture.render(s)
        let text = screen.lines.joined(separator: "\n")
        #expect(screen.lines[1].contains("The call is from spring 2023: 11 of 28 dates have passed (today 2023-06-10)"))
        // A past milestone's row is dimmed, one still to come is not.
        let pastRow = try #require(screen.lines.firstIndex { $0.contains("2023-04-21  Haspengouw") })
        let laterRow = try #require(screen.lines.firstIndex { $0.contains("2023-06-19  Haspengouw") })
        #expect(screen[pastRow, 2].style == .past && screen[laterRow, 2].style == .normal)
        #expect(text.contains("── today 2023-06-10 "))
    }

    @Test func everyDateOfTheCallIsPastTodayAndTheViewSaysSo() {
        let s = Self.state("w", today: "2026-12-01")
        let l = TimelineLayout.current(s, Fixture.atlas)
        #expect(l.pastCount == l.datedCount && l.datedCount > 0)
        #expect(Fixture.render(s).lines[1].contains("The call is from spring 2023: all these dates have passed (today 2026-12-01)."))
        // The today line comes after every dated milestone, before the relative ones.
        let today = l.lines.firstIndex { $0.kind == .today }!
        #expect(l.lines[..<today].compactMap(\.item).allSatisfy { !l.entries[$0].isRelative })
        #expect(l.lines[today...].compactMap(\.item).allSatisfy { l.entries[$0].isRelative })
    }

    @Test func aalstsTwoDeadlinesAreFlaggedWithEveryReading() {
        let l = TimelineLayout.current(Self.state("w"), Fixture.atlas)
        let deadlines = l.entries.indices.filter { l.entries[$0].regionID == "aalst" && l.entries[$0].milestone.kind == .deadline }
        #expect(deadlines.count == 2)
        for i in deadlines {
            let text = l.lines[l.items[i]].map(\.text).joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(text.contains(FactText.mark) && text.contains("the source contradicts itself"), "\(text)")
            #expect(l.lines[l.items[i]].contains { $0.flagColumn != nil })
        }
        let all = l.lines.map(\.text).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(all.contains("Vrijdag 2 juni 2023 om 23u59 (summary)") && all.contains("vrijdag 9 juni 2023 om 23u59 (table)"))
        // Relative dates and inferred years are said as such.
        #expect(all.contains("relative Aalst") && all.contains("einddatum + 14 dagen"))
        #expect(all.contains("27, 28 en 29 juni (year not in source)"))
    }

    @Test func enterOpensTheRegionsTimingAndEscComesBack() throws {
        let s0 = Self.state("w")
        let l = TimelineLayout.current(s0, Fixture.atlas)
        let i = try #require(l.entries.firstIndex { $0.regionID == "aalst" && $0.milestone.kind == .deadline })
        var s = Self.state("wg" + String(repeating: "<Down>", count: i) + "<Enter>")
        #expect(s.mode == .browse && s.returnTo == .timeline)
        #expect(Fixture.atlas.regions[s.region].id == "aalst" && s.currentSection == .timing && s.focus == .content)
        _ = Controller.update(&s, key: .escape, atlas: Fixture.atlas)
        #expect(s.mode == .timeline && s.timelineView.selected == i)
    }

    @Test func theOverviewsDeadlineStatusNamesEveryReading() {
        func status(_ id: String, today: String) -> String {
            let r = Fixture.atlas.region(id: id)!
            let m = ContentModel(region: r, section: .overview, openChallenge: nil, width: 200, lang: .en, today: today)
            return m.lines.map(\.text).joined(separator: "\n")
        }
        // Past both readings: closed either way, so the status is not flagged (the Deadline line flags the dates).
        let late = status("aalst", today: "2024-01-15")
        #expect(late.contains("Deadline · status: closed") && !late.contains("⚠ closed"))
        #expect(late.contains("⚠ vrijdag 9 juni 2023 om 23u59 (table)"))
        // Between the two readings: open by the table (9 June), closed by the summary (2 June).
        #expect(status("aalst", today: "2023-06-05").contains("⚠ open (table) · closed (summary) — the source contradicts itself"))
        let leuven = status("leuven", today: "2023-06-05")
        #expect(leuven.contains("Deadline · status:") && leuven.contains("open") && !leuven.contains("⚠ open"))
    }

    @Test func theThemeMatrixSaysItsThemesAreLokaals() {
        let s = Self.state("t<Enter>", cols: 160, rows: 48)
        let text = Fixture.render(s).lines.joined(separator: "\n")
        #expect(text.components(separatedBy: "tagged by lokaal, not stated by the source").count - 1 == 2)
    }
}
