/// Why an item fits an offer: one word of the offer that met one word of the item.
///
/// `via` says how: the same word (`exact`), the same Snowball stem (`stem`), a shared
/// compound part (`compound`: "schuldhulpverlening" meets "schuldbemiddeling" through
/// "schuld"), or a theme of `Data/themes.json` that the offer signals and the item is
/// tagged with (`theme`, with the theme's id).
public struct FitReason: Sendable, Equatable, Hashable, Codable {
    /// How a word of the offer met the item.
    public enum Via: String, Sendable, Codable, Hashable { case exact, stem, compound, theme }
    /// The offer's word, as typed.
    public let query: String
    /// The item's word as written (for a theme: the theme's term found in the item).
    public let matched: String
    /// The item's field: "need", "offer", "question", … (see ``FitItem/Field``).
    public let field: String
    public let via: Via
    /// The theme, for `via == .theme`.
    public let theme: String?

    public init(query: String, matched: String, field: String, via: Via, theme: String? = nil) {
        self.query = query
        self.matched = matched
        self.field = field
        self.via = via
        self.theme = theme
    }
}
