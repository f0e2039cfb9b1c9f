/// Splits Dutch compounds into parts that the corpus knows, with Dutch linking letters.
///
/// Data-driven, not a word list: the lexicon is every word (and its stem) seen in the
/// data and the theme terms, minus stop words. A word splits into two or three parts
/// from that lexicon, each at least ``minimumPart`` letters, optionally joined by a
/// linking "s", "e" or "en" ("arbeid-s-trajectbegeleiding"); the last part may also be an
/// inflected form whose stem is known. The split with the fewest parts wins (then the
/// longest first part), so "schuldhulpverlening" is "schuld" + "hulpverlening", not
/// "schuld" + "hulp" + "verlening". When no split into known parts exists, a known head
/// of four letters or more with an unseen tail of six or more is taken
/// ("schuldbemiddeling" → "schuld" + "bemiddeling").
public struct CompoundSplitter: Sendable {
    /// Known words and stems (folded), at least ``minimumPart`` letters.
    public let lexicon: Set<String>
    /// The stem each lexicon entry stands for: a word's own stem, and a stem itself
    /// (re-stemming a stem can cut it further: "fietsen" → "fiets" → "fiet").
    let stems: [String: String]
    /// The shortest part; three letters lets "jobcoaching" find "job".
    public static let minimumPart = 3
    /// Words shorter than this are not split.
    public static let minimumWord = 7
    static let maximumParts = 3
    static let linking: [[UInt8]] = [[], Array("s".utf8), Array("e".utf8), Array("en".utf8)]

    /// A splitter over these folded words; stems are added with `stem`.
    public init(words: some Sequence<String>, stem: (String) -> String) {
        var lex = Set<String>()
        var stems: [String: String] = [:]
        for w in words where w.utf8.count >= Self.minimumPart && !StopWords.contains(w) && w.allSatisfy(\.isLetter) {
            lex.insert(w)
            let s = stem(w)
            if stems[w] == nil { stems[w] = s }
            if s.utf8.count >= Self.minimumPart { lex.insert(s); stems[s] = s }
        }
        lexicon = lex
        self.stems = stems
    }

    /// The stem of a part that ``split(_:stem:)`` returned.
    public func stem(ofPart part: String, stem: (String) -> String) -> String {
        stems[part] ?? stem(part)
    }

    /// The parts of a folded word (as written in it), or nil when it is not a compound of known parts.
    public func split(_ word: String, stem: (String) -> String) -> [String]? {
        let bytes = Array(word.utf8)
        guard bytes.count >= Self.minimumWord else { return nil }
        var best: [String]? = nil
        search(bytes, from: 0, parts: [], stem: stem, best: &best)
        if best != nil { return best }
        // A known head and a tail the corpus has not seen alone ("schuld" + "bemiddeling"):
        // the longest known head of at least four letters, the tail at least six.
        var end = bytes.count - Self.minimumTail
        while end >= 4 {
            if let head = known(bytes[0..<end], last: false, stem: stem) {
                return [head, String(decoding: bytes[end...], as: UTF8.self)]
            }
            end -= 1
        }
        return nil
    }

    /// The shortest unknown tail after a known head.
    static let minimumTail = 6

    private func known(_ bytes: ArraySlice<UInt8>, last: Bool, stem: (String) -> String) -> String? {
        guard bytes.count >= Self.minimumPart else { return nil }
        let s = String(decoding: bytes, as: UTF8.self)
        if lexicon.contains(s) { return s }
        if last, bytes.count >= 5, lexicon.contains(stem(s)) { return s }
        return nil
    }

    private func search(_ w: [UInt8], from start: Int, parts: [String], stem: (String) -> String, best: inout [String]?) {
        if let b = best, parts.count >= b.count { return }
        guard parts.count < Self.maximumParts else { return }
        // The rest of the word as the last part (only when it is not the whole word).
        if !parts.isEmpty, let last = known(w[start...], last: true, stem: stem) {
            if best == nil || parts.count + 1 < best!.count { best = parts + [last] }
            return
        }
        // A first or middle part: longest first, leaving room for one more part.
        var end = w.count - Self.minimumPart
        while end - start >= Self.minimumPart {
            if let part = known(w[start..<end], last: false, stem: stem) {
                for link in Self.linking {
                    let next = end + link.count
                    guard next <= w.count - Self.minimumPart, w[end..<next].elementsEqual(link) else { continue }
                    search(w, from: next, parts: parts + [part], stem: stem, best: &best)
                }
            }
            end -= 1
        }
    }
}
