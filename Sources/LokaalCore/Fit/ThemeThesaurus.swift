/// `Data/themes.json` read as a thesaurus: which themes an offer's words signal.
///
/// A theme is signalled when one of its terms, Dutch (`terms`) or English (`termsEn`),
/// meets the offer: a one-word term when it equals a word of the offer, its Dutch or
/// English stem, or one of its compound parts, or (for terms of five letters or more)
/// starts a word of the offer, as the tagger reads terms ("psycholo" in "psychologische");
/// a term of several words when every one of its words meets a word of the offer.
public struct ThemeThesaurus: Sendable {
    /// One signalled theme: which word of the offer signalled it, through which term.
    public struct Signal: Sendable, Equatable {
        public let theme: String
        /// The offer's word, as typed.
        public let query: String
        public let term: String
    }

    struct TermWord: Sendable { let folded: String; let dutch: String; let english: String }
    struct Term: Sendable { let text: String; let words: [TermWord] }
    let themes: [(id: String, terms: [Term])]

    public init(vocabulary: ThemeVocabulary) {
        themes = vocabulary.themes.map { t in
            (t.id, (t.terms + t.termsEn).compactMap { text -> Term? in
                let words = Analyzer.foldedWords(text).filter { $0.count >= 2 && !StopWords.contains($0) }
                guard !words.isEmpty else { return nil }
                return Term(text: text, words: words.map { TermWord(folded: $0, dutch: Stemmer.dutch.stem($0), english: Stemmer.english.stem($0)) })
            })
        }
    }

    /// The themes (by position in the vocabulary) whose one-word Dutch terms a word of the
    /// data meets, by the rule offers are read with: for weighing where in an item a theme is.
    func themes(of a: WordAnalysis) -> [Int] {
        var out: [Int] = []
        for (k, t) in themes.enumerated() {
            if t.terms.contains(where: { term in
                term.words.count == 1 && {
                    let w = term.words[0]
                    return a.folded == w.folded || a.stem == w.dutch || a.parts.contains(w.dutch)
                        || (w.folded.count >= 5 && a.folded.hasPrefix(w.folded))
                }()
            }) { out.append(k) }
        }
        return out
    }

    /// The themes the analyzed words of an offer signal, one signal per theme, in the vocabulary's order.
    public func signals(_ words: [Analyzer.Word]) -> [Signal] {
        let english = words.map { Stemmer.english.stem($0.analysis.folded) }
        func meets(_ t: TermWord, _ i: Int) -> Bool {
            let a = words[i].analysis
            return a.folded == t.folded || a.stem == t.dutch || english[i] == t.english
                || a.parts.contains(t.dutch) || a.partWords.contains(t.folded)
                || (t.folded.count >= 5 && a.folded.hasPrefix(t.folded))
        }
        var out: [Signal] = []
        for (id, terms) in themes {
            search: for term in terms {
                var first: Int? = nil
                for tw in term.words {
                    guard let i = words.indices.first(where: { meets(tw, $0) }) else { continue search }
                    first = first ?? i
                }
                if let i = first {
                    out.append(Signal(theme: id, query: words[i].written, term: term.text))
                    break
                }
            }
        }
        return out
    }
}
