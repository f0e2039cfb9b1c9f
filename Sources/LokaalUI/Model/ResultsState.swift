import LokaalCore

/// Search across every region: the query, whether it is being typed, the selected hit.
public struct ResultsState: Equatable, Sendable {
    public var query = ""
    public var typing = true
    public var selected = 0
    /// The hits for ``searched``, found as the query is typed, so that keys and frames need not search every region again.
    public var hits: [SearchHit] = []
    /// The query ``hits`` belong to; nil before the first search.
    public var searched: String?
    public init() {}
}
