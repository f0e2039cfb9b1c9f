/// One row of a region's timetable: launch, deadline, review, pitches, decision or rebuttal.
///
/// `text` is the date exactly as written; `dates` are the ISO days read off it,
/// interpreted by `pattern`. Relative dates ("einddatum + 14 dagen") keep their
/// wording in `relative` and have no dates.
public struct Milestone: Codable, Sendable, Equatable {
    /// What the milestone is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case launch, deadline, review, pitches, decision, rebuttal, matching, communication
    }
    /// How `dates` read.
    public enum Pattern: String, Codable, Sendable, CaseIterable {
        case on, range, week, before, from, relative
    }
    public var kind: Kind
    public var label: String
    public var text: String
    public var pattern: Pattern
    public var dates: [String]
    public var time: String?
    public var times: [String]?
    public var relative: String?
    public var yearInferred: Bool?

    /// The first ISO day, used to order milestones; nil for relative ones.
    public var sortDate: String? { dates.first }
}
