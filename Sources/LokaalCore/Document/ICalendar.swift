/// The timeline as an RFC 5545 calendar (`lokaal timeline --ics`).
///
/// Timed milestones are events in Europe/Brussels (a VTIMEZONE is included);
/// dates without a time are all-day events; ranges and weeks are multi-day
/// all-day events; a milestone on several days is one event per day. A "before"
/// date (`vóór 15 juli`) falls on the day before, the last day that is in time;
/// "on or before" (`uiterlijk op 7 juli`) on the day itself; "from" on its first
/// day. SUMMARY is `Region: label`, flagged `⚠` when the source contradicts
/// itself; DESCRIPTION is the text as written with any note (year inferred,
/// contradiction, the pattern). UIDs and DTSTAMP come from the data only, so the
/// same data gives the same file. A relative date ("einddatum + 14 dagen") has
/// nothing to anchor it and is left out; the caller lists it.
public enum ICalendar {
    /// The calendar text (CRLF line endings, folded at 75 octets) and the entries left out.
    public static func make(_ entries: [Timeline.Entry]) -> (text: String, leftOut: [Timeline.Entry]) {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//lokaal//Lokaal Addendum timeline//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:Lokaal Addenda (Capacity Building Lokale Partnerschappen 2023)", "X-WR-TIMEZONE:Europe/Brussels"]
        lines += timeZone
        var leftOut: [Timeline.Entry] = []
        let stamp = ByteText.replacing(entries.compactMap(\.milestone.sortDate).min() ?? "2023-01-01", "-", with: "") + "T000000Z"
        for e in entries {
            let m = e.milestone
            guard m.pattern != .relative, !m.dates.isEmpty else { leftOut.append(e); continue }
            for (n, slot) in slots(m).enumerated() {
                lines.append("BEGIN:VEVENT")
                lines.append("UID:" + uid(e, n))
                lines.append("DTSTAMP:" + stamp)
                lines += slot
                lines.append("SUMMARY:" + escape((e.contradiction ? FactText.mark + " " : "") + "\(e.regionName): \(m.label)"))
                lines.append("DESCRIPTION:" + escape(description(e)))
                lines.append("CATEGORIES:" + escape(m.kind.rawValue))
                lines.append("TRANSP:TRANSPARENT")
                lines.append("END:VEVENT")
            }
        }
        lines.append("END:VCALENDAR")
        return (lines.map(fold).joined(separator: "\r\n") + "\r\n", leftOut)
    }

    /// `aalst.milestones.1.0@lokaal`: region, place, index and day; the same for the same data.
    static func uid(_ e: Timeline.Entry, _ n: Int) -> String {
        switch e.reading.place {
        case .table(let i): "\(e.regionID).milestones.\(i).\(n)@lokaal"
        case .summary(let i): "\(e.regionID).summary.\(i).\(n)@lokaal"
        }
    }

    /// The DTSTART/DTEND lines of each event the milestone becomes.
    static func slots(_ m: Milestone) -> [[String]] {
        let d = m.dates.map { ByteText.replacing($0, "-", with: "") }
        func allDay(_ start: String, _ endInclusive: String) -> [String] {
            ["DTSTART;VALUE=DATE:" + compact(start), "DTEND;VALUE=DATE:" + compact(CivilDate.adding(1, to: endInclusive))]
        }
        func timed(_ day: String, _ time: String) -> [String] {
            ["DTSTART;TZID=Europe/Brussels:" + day + "T" + ByteText.replacing(time, ":", with: "") + "00"]
        }
        switch m.pattern {
        case .range, .week:
            return [allDay(m.dates[0], m.dates[m.dates.count - 1])]
        case .before:
            let day = CivilDate.adding(-1, to: m.dates[0])
            return [m.time.map { timed(compact(day), $0) } ?? allDay(day, day)]
        case .onOrBefore, .from:
            return [m.time.map { timed(d[0], $0) } ?? allDay(m.dates[0], m.dates[0])]
        case .on:
            return m.dates.indices.map { i in
                if let times = m.times, times.indices.contains(i) {
                    let parts = times[i].split(separator: "-").map { ByteText.replacing(String($0), ":", with: "") + "00" }
                    return ["DTSTART;TZID=Europe/Brussels:\(d[i])T\(parts[0])", "DTEND;TZID=Europe/Brussels:\(d[i])T\(parts[1])"]
                }
                if let t = m.time { return timed(d[i], t) }
                return allDay(m.dates[i], m.dates[i])
            }
        case .relative:
            return []
        }
    }

    /// The text as written, then what the reader must know about it.
    static func description(_ e: Timeline.Entry) -> String {
        let m = e.milestone
        var parts = ["\(m.label): \(m.text)"]
        switch m.pattern {
        case .before: parts.append("Before \(m.dates[0]) (\"vóór\"): shown on the day before, the last day that is in time.")
        case .onOrBefore: parts.append("On or before \(m.dates[0]) (\"uiterlijk op\").")
        case .from: parts.append("From \(m.dates[0]) on; the source gives no end.")
        case .week: parts.append("A week as written; shown from \(m.dates[0]) to \(m.dates[m.dates.count - 1]).")
        default: break
        }
        if m.yearInferred == true { parts.append("The source gives no year; \(m.dates[0].prefix(4)) is inferred from the rest of the addendum.") }
        if e.contradiction {
            let others = e.otherReadings.map { "\"\($0.milestone.text)\" (\($0.placeName))" }.joined(separator: ", ")
            parts.append("\(FactText.mark) The source contradicts itself: it also gives \(others).")
        }
        parts.append("Lokaal Addendum \(e.regionName) (\(e.reading.placeName) \(e.reading.path)).")
        return parts.joined(separator: "\n")
    }

    private static func compact(_ iso: String) -> String { ByteText.replacing(iso, "-", with: "") }

    /// RFC 5545 §3.3.11 TEXT (``ContentLine/escape(_:)``).
    static func escape(_ s: String) -> String { ContentLine.escape(s) }

    /// Folds a content line at 75 octets (``ContentLine/fold(_:)``).
    static func fold(_ line: String) -> String { ContentLine.fold(line) }

    /// Europe/Brussels: CET/CEST with the EU rule (last Sunday of March and of October).
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Brussels", "X-LIC-LOCATION:Europe/Brussels",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
