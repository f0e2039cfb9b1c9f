/// One search match: where it is (region, section, field, JSON path) and a snippet around it.
public struct SearchHit: Sendable, Equatable {
    public let field: TextField
    /// The snippet shown, with `…` where it was cut.
    public let snippet: String
    /// The match within `snippet`, as character offsets.
    public let match: Range<Int>
}
