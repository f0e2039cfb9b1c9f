import LokaalCore

/// The list of items most like one challenge or service need (key `m`): which item, its hits, the selected hit.
public struct SimilarViewState: Equatable, Sendable {
    /// The item asked about: its index in ``FitIndex/items``.
    public var source: Int?
    /// The hits for ``source``, best first, found once as the list opens.
    public var hits: [FitHit] = []
    public var selected = 0
    /// How many hits the list shows at most.
    public static let limit = 20

    public init() {}
}
