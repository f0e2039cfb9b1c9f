/// A recorded inconsistency or repair in the data: where, what kind, and what the source says.
///
/// Notes are how lokaal keeps contradictions visible instead of choosing silently.
public struct DataNote: Codable, Sendable, Equatable {
    /// The kind of remark.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case contradiction, duplicate, spelling, variant, ambiguous, inferred, missing, extraction
    }
    public var path: String
    public var kind: Kind
    public var text: String
}
