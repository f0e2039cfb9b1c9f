import LokaalCore

/// `lokaal timeline`: every milestone of every region in date order.
public enum TimelineReport {
    /// One milestone in `timeline --json`.
    public struct Item: Codable, Equatable {
        public let region: String
        public let kind: String
        public let label: String
        public let text: String
        public let pattern: String
        public let dates: [String]
        public let time: String?
        /// Per day, `09:00-17:00`, when the source gives hours.
        public let times: [String]?
        public let relative: String?
        public let yearInferred: Bool
        /// Where the reading stands: `$.timing.milestones[1]` or `$.timing.summary[0]`.
        public let source: String
        /// True when the source gives this milestone another day or time elsewhere.
        public let contradiction: Bool
        /// Those other readings, as written, with where they stand.
        public let otherReadings: [Other]
    }
    /// Another reading of a contradicted milestone.
    public struct Other: Codable, Equatable {
        public let source: String
        public let text: String
        public let dates: [String]
        public let time: String?
    }

    public static func items(_ entries: [Timeline.Entry]) -> [Item] {
        entries.map { e in
            let m = e.milestone
            return Item(region: e.regionID, kind: m.kind.rawValue, label: m.label, text: m.text, pattern: m.pattern.rawValue,
                        dates: m.dates, time: m.time, times: m.times, relative: m.relative, yearInferred: m.yearInferred ?? false,
                        source: e.reading.path, contradiction: e.contradiction,
                        otherReadings: e.otherReadings.map { Other(source: $0.path, text: $0.milestone.text, dates: $0.milestone.dates, time: $0.milestone.time) })
        }
    }

    public static func json(_ entries: [Timeline.Entry]) -> String { JSONOutput.encode(items(entries)) }

    public static func plain(_ entries: [Timeline.Entry], style: OutputStyle) -> String {
        let nameWidth = min(24, entries.map { DisplayWidth.of($0.regionName) }.max() ?? 10)
        var out: [String] = []
        for e in entries {
            let m = e.milestone
            let date = m.sortDate ?? "relative  "
            let lead = date + "  " + Wrapper.pad(Sanitizer.clean(e.regionName), width: nameWidth) + "  "
            var rest = Sanitizer.clean(m.label) + ": " + Sanitizer.clean(m.text) + (m.yearInferred == true ? " (year not in source)" : "")
            if e.contradiction {
                let others = e.otherReadings.map { "\(Sanitizer.clean($0.milestone.text)) (\(FactText.place($0, lang: .en)))" }
                rest = FactText.mark + " " + rest + " — " + Label.contradiction[.en] + ": " + others.joined(separator: " · ")
            }
            let wrapped = Wrapper.wrap(rest, width: max(20, style.width - DisplayWidth.of(lead)))
            for (i, l) in wrapped.enumerated() {
                out.append((i == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead))) + l)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
