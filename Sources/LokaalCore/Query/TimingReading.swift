/// One reading of a dated fact: a table row or a summary line, with where it stands.
///
/// The milestone keeps the place's own label and the text as written; `path` is
/// the JSON path in the region file (`$.timing.milestones[1]`, `$.timing.summary[0]`).
public struct TimingReading: Sendable, Equatable {
    /// Where in the timing section the reading stands.
    public enum Place: Sendable, Equatable {
        case table(Int)
        case summary(Int)
    }
    public let place: Place
    public let milestone: Milestone

    public init(place: Place, milestone: Milestone) {
        self.place = place
        self.milestone = milestone
    }

    /// The reading's JSON path in its region file.
    public var path: String {
        switch place {
        case .table(let i): "$.timing.milestones[\(i)]"
        case .summary(let i): "$.timing.summary[\(i)]"
        }
    }

    /// `table` or `summary`.
    public var placeName: String {
        switch place {
        case .table: "table"
        case .summary: "summary"
        }
    }
}
