/// The local timetable ("Lokale timing").
///
/// `summary` holds the bulleted lines above the table (some regions give
/// values there, some only labels); `milestones` the rows of the table.
/// `summaryIntro` is a line the source puts before the bullets, as written.
public struct Timing: Codable, Sendable, Equatable {
    /// A bulleted summary line: its label and, where given, its value as written,
    /// with the days read off it like a ``Milestone``'s (`kind` names the table row
    /// the line restates: `deadline`, `matching` for the pitches, `communication`
    /// for the decision).
    public struct SummaryItem: Codable, Sendable, Equatable {
        public var label: String
        public var text: String?
        public var kind: Milestone.Kind?
        public var pattern: Milestone.Pattern?
        public var dates: [String]?
        public var time: String?
        public var yearInferred: Bool?

        /// The line as a milestone, when it has a value and its days were read.
        public var milestone: Milestone? {
            guard let text, let kind, let pattern, let dates else { return nil }
            return Milestone(kind: kind, label: label, text: text, pattern: pattern, dates: dates, time: time, yearInferred: yearInferred)
        }
    }
    public var summaryIntro: String?
    public var summary: [SummaryItem]
    public var milestones: [Milestone]
}
