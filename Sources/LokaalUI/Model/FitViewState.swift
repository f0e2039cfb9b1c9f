import LokaalCore

/// The fit view: the offer being typed, whether it is being typed, the selected hit, and the hits kept for the offer.
///
/// ``DerivedData`` ranks every challenge and service need for ``text`` when it
/// changes and keeps the result here (``ranked`` names the text the hits belong
/// to), so that keys that only move the selection, and every frame, read them
/// instead of ranking again. The text stays when the view closes, for coming back.
public struct FitViewState: Equatable, Sendable {
    /// The offer as typed.
    public var text = ""
    /// True while keys go into the offer.
    public var typing = true
    /// The selected hit, an index into ``hits``.
    public var selected = 0
    /// The best hits for ``ranked``, best first, each explained.
    public var hits: [FitHit] = []
    /// True when ``ranked`` has only stop words (nothing to rank with).
    public var meaningless = false
    /// The text ``hits`` belong to; nil before the first ranking.
    public var ranked: String?

    public init() {}
}
