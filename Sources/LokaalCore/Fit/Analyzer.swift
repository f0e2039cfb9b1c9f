/// Dutch text analysis for `fit`: fold → tokenize → stop words → stem → compound parts.
///
/// Pure and thread-safe. Folding is ``TextFolding/fold(_:)`` (case and accents), words are
/// runs of letters and digits, stop words are Snowball's (``StopWords``), stems are the
/// Snowball Dutch stemmer's (libstemmer), and compounds are split by a
/// ``CompoundSplitter`` over the corpus's own words. Analyses of the corpus's words are
/// made once when the analyzer is built; other words (an offer's) are analyzed on demand.
public struct Analyzer: Sendable {
    /// One word of a text: as written, and analyzed.
    public struct Word: Sendable, Equatable {
        /// The word as written in the text.
        public let written: String
        public let analysis: WordAnalysis
    }

    public let splitter: CompoundSplitter
    private let known: [String: WordAnalysis]

    /// An analyzer whose compound lexicon is `vocabulary` (folded words, stop words allowed).
    /// With `parallel`, the words are analyzed on every core.
    public init(vocabulary: Set<String>, parallel: Bool = false) {
        let stemmer = Stemmer.dutch
        let splitter = CompoundSplitter(words: vocabulary, stem: stemmer.stem)
        self.splitter = splitter
        let words = vocabulary.filter { $0.count >= 2 && !StopWords.contains($0) }.sorted()
        let analyses = words.concurrentMap(parallel: parallel) { Self.analyze(folded: $0, splitter: splitter) }
        known = Dictionary(uniqueKeysWithValues: zip(words, analyses))
    }

    /// Every word of the vocabulary the analyzer was built with, analyzed.
    public var knownWords: Dictionary<String, WordAnalysis>.Values { known.values }

    /// The analysis of one folded word (nil for a stop word or a word of one letter).
    public func analyze(folded w: String) -> WordAnalysis? {
        if let a = known[w] { return a }
        guard w.count >= 2, !StopWords.contains(w) else { return nil }
        return Self.analyze(folded: w, splitter: splitter)
    }

    /// The meaningful words of a text, in order, analyzed.
    public func words(_ text: String) -> [Word] {
        Self.tokens(text).compactMap { t in analyze(folded: t.folded).map { Word(written: t.written, analysis: $0) } }
    }

    static func analyze(folded w: String, splitter: CompoundSplitter) -> WordAnalysis {
        let stem = Stemmer.dutch.stem(w)
        guard let parts = splitter.split(w, stem: Stemmer.dutch.stem) else { return WordAnalysis(folded: w, stem: stem) }
        return WordAnalysis(folded: w, stem: stem, parts: parts.map { splitter.stem(ofPart: $0, stem: Stemmer.dutch.stem) }, partWords: parts)
    }

    /// The words of a text, as written and folded: runs of letters, digits and combining marks.
    public static func tokens(_ text: String) -> [(written: String, folded: String)] {
        var out: [(String, String)] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let written = String(current)
            out.append((written, TextFolding.fold(written)))
            current = String.UnicodeScalarView()
        }
        for u in text.unicodeScalars {
            if u.properties.isAlphabetic || u.properties.numericType != nil || u.properties.generalCategory == .nonspacingMark {
                current.append(u)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The folded words of a text, without analysis (for building the vocabulary).
    public static func foldedWords(_ text: String) -> [String] { tokens(text).map(\.folded) }
}
