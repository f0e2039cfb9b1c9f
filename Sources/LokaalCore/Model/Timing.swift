/// The local timetable ("Lokale timing").
///
/// `summary` holds the bulleted lines above the table (some regions give
/// values there, some only labels); `milestones` the rows of the table.
public struct Timing: Codable, Sendable, Equatable {
    /// A bulleted summary line: its label and, where given, its value as written.
    public struct SummaryItem: Codable, Sendable, Equatable {
        public var label: String
        public var text: String?
    }
    public var summary: [SummaryItem]
    public var milestones: [Milestone]
}
