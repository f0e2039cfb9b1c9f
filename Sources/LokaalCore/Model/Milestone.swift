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
    /// How `dates` read. `before` is "vóór" (the day itself is too late),
    /// `onOrBefore` is "uiterlijk op" (the day itself is still in time).
    public enum Pattern: String, Codable, Sendable, CaseIterable {
        case on, range, week, before, onOrBefore, from, relative
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

    public init(kind: Kind, label: String, text: String, pattern: Pattern, dates: [String], time: String? = nil,
                times: [String]? = nil, relative: String? = nil, yearInferred: Bool? = nil) {
        self.kind = kind; self.label = label; self.text = text; self.pattern = pattern; self.dates = dates
        self.time = time; self.times = times; self.relative = relative; self.yearInferred = yearInferred
    }

    /// The first ISO day, used to order milestones; nil for relative ones.
    public var sortDate: String? { dates.first }

    /// Whether two readings name the same moment: the same days and the same time.
    public func sameMoment(as other: Milestone) -> Bool {
        dates == other.dates && time == other.time && times == other.times && relative == other.relative
    }
}
