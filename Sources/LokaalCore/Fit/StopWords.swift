/// The stop words the text analysis drops: Snowball's published lists for Dutch and English.
///
/// The lists are the Snowball project's `stop.txt` for each language (the same lists
/// NLTK and Lucene ship), copied word for word; libstemmer ships the algorithms but not
/// these lists, and Debian packages them only inside larger tools. Dutch gets five
/// pronouns the Snowball list lacks, which offers and challenges use throughout ("wij bieden", "we
/// begeleiden", "onze", "jullie", "hen"); see DECISIONS.md.
public enum StopWords {
    /// Snowball's Dutch stop words, plus five pronouns.
    public static let dutch: Set<String> = Set("""
        de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om \
        hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar \
        naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al \
        waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd \
        altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere \
        wij we onze jullie hen
        """.split(separator: " ").map(String.init))

    /// Snowball's English stop words (contractions left out: the tokenizer splits at apostrophes).
    public static let english: Set<String> = Set("""
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself \
        she her hers herself it its itself they them their theirs themselves what which who whom \
        this that these those am is are was were be been being have has had having do does did \
        doing would should could ought a an the and but if or because as until while of at by for \
        with about against between into through during before after above below to from up down \
        in out on off over under again further then once here there when where why how all any \
        both each few more most other some such no nor not only own same so than too very
        """.split(separator: " ").map(String.init))

    /// True when a folded word is a stop word in Dutch or English (offers come in both).
    public static func contains(_ folded: String) -> Bool {
        dutch.contains(folded) || english.contains(folded)
    }
}
