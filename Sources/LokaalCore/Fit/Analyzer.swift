import Synchronization

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
    /// Words outside the vocabulary analyzed lately (an offer typed key by key repeats them).
    private let recent = RecentAnalyses()

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
        if let a = recent.get(w) { return a }
        let a = Self.analyze(folded: w, splitter: splitter)
        recent.put(w, a)
        return a
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
        var out: [(written: String, folded: String)] = []
        var text = text
        text.withUTF8 { b in
            forEachWord(b) { w in
                let written = String(decoding: w, as: UTF8.self)
                out.append((written, TextFolding.fold(written)))
            }
        }
        return out
    }

    /// Calls `body` with each run of word characters of UTF-8 text: ASCII letters and digits
    /// directly, other scalars when alphabetic, numeric or a combining mark.
    static func forEachWord(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var i = 0, start = -1
        while i < b.count {
            let c = b[i]
            var word: Bool
            var length = 1
            if c < 0x80 {
                word = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A)
            } else {
                length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                var v = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < b.count { v = v << 6 | UInt32(b[i + k] & 0x3F) }
                let p = Unicode.Scalar(v)?.properties
                word = p.map { $0.isAlphabetic || $0.numericType != nil || $0.generalCategory == .nonspacingMark } ?? false
            }
            if word { if start < 0 { start = i } }
            else if start >= 0 { body(UnsafeBufferPointer(rebasing: b[start..<i])); start = -1 }
            i += length
        }
        if start >= 0 { body(UnsafeBufferPointer(rebasing: b[start..<b.count])) }
    }

    /// The folded words of a text, without analysis: the same words as ``tokens(_:)``, folded,
    /// found by folding the whole text once and splitting its UTF-8 (ASCII needs no look-up).
    public static func foldedWords(_ text: String) -> [String] {
        var out: [String] = []
        forEachFoldedWord(text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Calls `body` with the UTF-8 of each folded word of a text, in order.
    static func forEachFoldedWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var folded = TextFolding.fold(text)
        folded.withUTF8 { forEachWord($0, body) }
    }
}

/// A bounded store of recent analyses, shared by copies of an ``Analyzer``.
final class RecentAnalyses: Sendable {
    private let store = Mutex<[String: WordAnalysis]>([:])
    static let capacity = 1024
    func get(_ w: String) -> WordAnalysis? { store.withLock { $0[w] } }
    func put(_ w: String, _ a: WordAnalysis) {
        store.withLock { s in
            if s.count >= Self.capacity { s.removeAll(keepingCapacity: true) }
            s[w] = a
        }
    }
}
