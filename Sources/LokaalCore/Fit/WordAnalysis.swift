/// One word as the text analysis sees it: folded, stemmed, and split into known parts.
///
/// `parts` are the stems of the parts of a Dutch compound ("schuldhulpverlening" →
/// "schuld", "hulpverlen"); empty when the word is not a compound of known words.
/// `partWords` are the same parts as they appear in the word, for explanations.
public struct WordAnalysis: Sendable, Hashable {
    /// The word lower-cased and without accents.
    public let folded: String
    /// The Snowball Dutch stem of ``folded``.
    public let stem: String
    /// The stems of the compound's parts, in order; empty for a simple word.
    public let parts: [String]
    /// The compound's parts as written (folded), in order.
    public let partWords: [String]

    public init(folded: String, stem: String, parts: [String] = [], partWords: [String] = []) {
        self.folded = folded
        self.stem = stem
        self.parts = parts
        self.partWords = partWords
    }
}
