import LokaalCore

/// A deadline in JSON: as written in the table, the ISO date and time read off it,
/// whether the source contradicts it, and every reading (table row and summary lines).
public struct DeadlineJSON: Codable, Equatable {
    /// One reading of the deadline: where it stands and what it says.
    public struct Reading: Codable, Equatable {
        public let source: String
        public let text: String
        public let pattern: String
        public let date: String?
        public let time: String?
        public let yearInferred: Bool
    }
    public let text: String
    public let date: String?
    public let time: String?
    /// True when the source gives the deadline another day or time elsewhere.
    public let contradiction: Bool
    public let readings: [Reading]

    public init(_ fact: TimingFact) {
        let readings = fact.readings.map { r in
            Reading(source: r.path, text: r.milestone.text, pattern: r.milestone.pattern.rawValue, date: r.milestone.dates.first,
                    time: r.milestone.time, yearInferred: r.milestone.yearInferred ?? false)
        }
        let first = fact.readings.first?.milestone
        text = first?.text ?? ""
        date = first?.dates.first
        time = first?.time
        contradiction = fact.contradiction
        self.readings = readings
    }
}
