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
        public let relative: String?
        public let yearInferred: Bool
    }

    public static func items(_ atlas: Atlas) -> [Item] {
        Timeline.entries(atlas).map { e in
            let m = e.milestone
            return Item(region: e.regionID, kind: m.kind.rawValue, label: m.label, text: m.text, pattern: m.pattern.rawValue,
                        dates: m.dates, time: m.time, relative: m.relative, yearInferred: m.yearInferred ?? false)
        }
    }

    public static func json(_ atlas: Atlas) -> String { JSONOutput.encode(items(atlas)) }

    public static func plain(_ atlas: Atlas, style: OutputStyle) -> String {
        let entries = Timeline.entries(atlas)
        let nameWidth = min(24, entries.map { DisplayWidth.of($0.regionName) }.max() ?? 10)
        var out: [String] = []
        for e in entries {
            let m = e.milestone
            let date = m.sortDate ?? "relative  "
            let lead = date + "  " + Wrapper.pad(Sanitizer.clean(e.regionName), width: nameWidth) + "  "
            let rest = Sanitizer.clean(m.label) + ": " + Sanitizer.clean(m.text) + (m.yearInferred == true ? " (year not in source)" : "")
            let wrapped = Wrapper.wrap(rest, width: max(20, style.width - DisplayWidth.of(lead)))
            for (i, l) in wrapped.enumerated() {
                out.append((i == 0 ? lead : String(repeating: " ", count: DisplayWidth.of(lead))) + l)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
