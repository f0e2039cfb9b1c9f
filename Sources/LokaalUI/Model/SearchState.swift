/// The `/` search of the current region: the query, whether it is being typed, and where it matches.
public struct SearchState: Equatable, Sendable {
    /// One line that contains the query: which section (and open challenge) and which line.
    public struct Match: Equatable, Sendable {
        public let section: Int
        public let openChallenge: Int?
        public let line: Int
    }
    public var typing = false
    public var query = ""
    public var matches: [Match] = []
    public var current: Int?
    /// The text width ``matches`` were found at (they are lines); nil when not found yet.
    public var width: Int?
}
