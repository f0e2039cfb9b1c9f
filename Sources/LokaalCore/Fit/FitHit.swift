/// One ranked item for an offer: the item, its score, and why it fits.
///
/// Scores compare within one ranking only (BM25 is not normalised across queries).
public struct FitHit: Sendable, Equatable {
    /// The item's position in ``FitIndex/items``.
    public let index: Int
    public let item: FitItem
    public let score: Double
    /// Every word of the offer that met a word of the item, in the offer's order.
    public let reasons: [FitReason]
    /// The item's themes that the offer signals, in the vocabulary's order.
    public let themes: [String]
}
