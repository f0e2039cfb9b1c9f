/// The theme tagger's terms (``ThemeTagger``) read over words instead of text, so the index
/// tags every item in the same pass that counts its words.
///
/// A one-word term tags an item when it starts one of its words; a term of several words
/// when its words follow one another, the last one as a start. Overrides are applied by the
/// index afterwards. A test holds the result equal to ``ThemeTagger`` on the bundled data.
struct TaggerTerms: Sendable {
    /// Per theme: its terms folded, in order (the tagger takes the first that matches).
    private let folded: [[String]]
    private let singles: [(theme: Int, term: Int, word: String)]
    private let multis: [(theme: Int, term: Int, words: [String])]
    private let firstWords: [String: [Int]]

    init(_ v: ThemeVocabulary) {
        folded = v.themes.map { $0.terms.map(TextFolding.fold) }
        var singles: [(Int, Int, String)] = [], multis: [(Int, Int, [String])] = []
        for (t, terms) in folded.enumerated() {
            for (k, term) in terms.enumerated() {
                let words = Analyzer.foldedWords(term)
                if words.count == 1 { singles.append((t, k, words[0])) } else if words.count > 1 { multis.append((t, k, words)) }
            }
        }
        self.singles = singles
        self.multis = multis
        var first: [String: [Int]] = [:]
        for (m, x) in multis.enumerated() { first[x.2[0], default: []].append(m) }
        firstWords = first
    }

    /// The (theme, term) pairs whose one-word term starts `word`.
    func single(_ word: String) -> [(theme: Int, term: Int)] {
        singles.filter { word.hasPrefix($0.word) }.map { ($0.theme, $0.term) }
    }

    /// The several-word terms whose first word is `word`.
    func starts(_ word: String) -> [Int] { firstWords[word] ?? [] }

    /// The (theme, term) of several-word term `m` when it matches at word `k` of a field.
    func multi(_ m: Int, at k: Int, in ids: ArraySlice<Int32>, local: [Int32], words: [String]) -> (Int, Int)? {
        let term = multis[m]
        guard k + term.words.count <= ids.endIndex else { return nil }
        for j in 1..<term.words.count {
            let w = words[Int(local[Int(ids[k + j])])]
            if j == term.words.count - 1 ? !w.hasPrefix(term.words[j]) : w != term.words[j] { return nil }
        }
        return (term.theme, term.term)
    }

    /// The folded text of a term, as the tagger names it.
    func text(_ theme: Int, _ term: Int) -> String { folded[theme][term] }
}
