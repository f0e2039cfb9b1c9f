/// An offer analyzed for ranking: its meaningful words, the stems to look up, the themes it signals.
///
/// Built by ``FitIndex/query(_:)``. Cheap (a few words), so a view can build one per key.
public struct FitQuery: Sendable {
    /// The text as typed.
    public let text: String
    /// The meaningful words (stop words dropped), analyzed.
    public let words: [Analyzer.Word]
    /// Each stem to look up with its weight: 1 for a word's own stem, less for a compound part.
    public let terms: [(stem: String, weight: Float)]
    /// The themes the offer signals.
    public let signals: [ThemeThesaurus.Signal]

    /// True when the text has no word that could match anything (only stop words, punctuation).
    public var isMeaningless: Bool { words.isEmpty && signals.isEmpty }

    /// The weight of a compound part of a word in the data, relative to the whole word.
    public static let partWeight: Float = 0.7
    /// The weight of a compound part of a word of the offer: each part of "schuldhulpverlening"
    /// is something the organisation offers.
    public static let queryPartWeight: Float = 1

    init(text: String, words: [Analyzer.Word], signals: [ThemeThesaurus.Signal]) {
        self.text = text
        self.words = words
        self.signals = signals
        var weights: [String: Float] = [:]
        var order: [String] = []
        func add(_ s: String, _ w: Float) {
            if let old = weights[s] { weights[s] = max(old, w) } else { weights[s] = w; order.append(s) }
        }
        for w in words {
            add(w.analysis.stem, 1)
            for p in w.analysis.parts where p != w.analysis.stem { add(p, Self.queryPartWeight) }
        }
        terms = order.map { ($0, weights[$0]!) }
    }
}
