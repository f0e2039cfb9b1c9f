import Foundation
import Testing
@testable import LokaalCore

/// The timeline data model the browser's timeline view and the exports read:
/// readings, contradictions, inferred years, relative dates, the calendar.
@Suite struct TimelineTests {
    let atlas = TestData.atlas

    @Test func everyTableRowIsAnEntryAndOnlyContradictingSummaryLinesAreAdded() throws {
        let entries = Timeline.entries(atlas)
        let rows = atlas.regions.reduce(0) { $0 + $1.timing.milestones.count }
        let extra = entries.filter { if case .summary = $0.reading.place { true } else { false } }
        #expect(entries.count == rows + extra.count)
        #expect(extra.map { "\($0.regionID) \($0.reading.path)" } == ["aalst $.timing.summary[0]"])
        // Ordered by first day, relative ones last.
        let days = entries.map { $0.milestone.sortDate ?? "9999" }
        #expect(days == days.sorted())
        #expect(entries.suffix(3).allSatisfy { $0.isRelative })
    }

    @Test func aalstsDeadlineIsOneFactWithTwoReadings() throws {
        let aalst = try #require(atlas.region(id: "aalst"))
        let f = try #require(TimingFact.deadline(aalst))
        #expect(f.contradiction)
        #expect(f.readings.map(\.path) == ["$.timing.milestones[1]", "$.timing.summary[0]"])
        #expect(f.notes.contains { $0.kind == .contradiction })
        #expect(FactText.line(f, lang: .en).hasPrefix("⚠ vrijdag 9 juni 2023 om 23u59 (table) · Vrijdag 2 juni 2023 om 23u59 (summary)"))
        // The summary lines that agree with the table are the same fact, not a contradiction.
        let others = TimingFact.facts(aalst).filter { $0.kind != .deadline }
        #expect(others.allSatisfy { !$0.contradiction })
        #expect(others.first { $0.kind == .pitches }?.readings.count == 2)
        let h = try #require(atlas.region(id: "haspengouw"))
        #expect(TimingFact.deadline(h)?.contradiction == false, "1 juni om 23u59 (year inferred) = 1 juni 2023 om 23u59")
    }

    @Test func inferredYearsAndRelativeDatesAreShownAsSuch() throws {
        let entries = Timeline.entries(atlas)
        #expect(entries.contains { $0.yearInferred && $0.regionID == "zuidwest-rand" && $0.milestone.kind == .pitches })
        let relative = entries.filter(\.isRelative)
        #expect(relative.count == 3 && relative.allSatisfy { $0.milestone.relative == "einddatum + 14 dagen" || $0.milestone.relative == "Einddatum + 14 dagen" })
        #expect(relative.allSatisfy { !$0.isPast(today: "2099-01-01") })
        #expect(entries.first!.isPast(today: "2024-01-01") && !entries.first!.isPast(today: "2023-01-01"))
    }

    @Test func civilDatesRoundTrip() {
        #expect(CivilDate.adding(-1, to: "2023-07-15") == "2023-07-14")
        #expect(CivilDate.adding(1, to: "2023-06-30") == "2023-07-01")
        #expect(CivilDate.adding(1, to: "2024-02-28") == "2024-02-29")
        #expect(CivilDate.adding(1, to: "2023-12-31") == "2024-01-01")
        #expect(CivilDate.days("1970-01-01") == 0)
        for d in stride(from: -700_000, to: 800_000, by: 997) { #expect(CivilDate.days(CivilDate.iso(d)) == d) }
    }

    @Test func theCalendarIsStableAndLeavesOutRelativeDates() {
        let entries = Timeline.entries(atlas)
        let (a, leftOut) = ICalendar.make(entries)
        #expect(a == ICalendar.make(entries).text)
        #expect(leftOut.count == 3 && leftOut.allSatisfy { $0.isRelative })
        #expect(a.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n"))
        #expect(a.contains("UID:aalst.summary.0.0@lokaal\r\n"))
        #expect(a.contains("DTSTART;TZID=Europe/Brussels:20230602T235900\r\n"))
        // Leuven's "Vóór 7 juli 2023" is on 6 July; Aalst's "uiterlijk op 7 juli 2023" on 7 July.
        #expect(a.contains("UID:leuven.milestones.4.0@lokaal\r\nDTSTAMP:20230421T000000Z\r\nDTSTART;VALUE=DATE:20230706\r\n"))
        #expect(a.contains("UID:aalst.milestones.4.0@lokaal\r\nDTSTAMP:20230421T000000Z\r\nDTSTART;VALUE=DATE:20230707\r\n"))
        #expect(a.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }
}
