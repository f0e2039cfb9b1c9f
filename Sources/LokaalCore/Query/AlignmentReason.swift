/// Why a comparison put items of different regions in one row: what they share.
///
/// Personas shared by name (case and accents ignored; spelling variants such as
/// Nassim and Naseem are not taken as one, as the sources do not say they are), themes
/// of `Data/themes.json` both are tagged with, and the heaviest shared words (stems or
/// compound parts, shown as the first item writes them).
public struct AlignmentReason: Sendable, Equatable, Codable {
    public let personas: [String]
    /// Theme ids, in the vocabulary's order.
    public let themes: [String]
    public let words: [String]
    /// True when the items' headings (a service's need, a challenge's first question) are word for word
    /// the same and only the rest of their text differs.
    public let sameTitle: Bool

    public init(personas: [String], themes: [String], words: [String], sameTitle: Bool = false) {
        self.personas = personas; self.themes = themes; self.words = words; self.sameTitle = sameTitle
    }

    /// At most this many themes are named in ``text(_:vocabulary:)``; JSON has them all.
    public static let themesShown = 3

    /// One line: "same heading, other text · personas Roy · themes housing · words woning, dakloosheid".
    public func text(_ lang: Lang, vocabulary: ThemeVocabulary) -> String {
        var parts: [String] = []
        if sameTitle { parts.append(Label.sameHeading[lang]) }
        if !personas.isEmpty { parts.append(Label.personas[lang].lowercased() + " " + personas.joined(separator: ", ")) }
        if !themes.isEmpty {
            let names = themes.prefix(Self.themesShown).map { id in vocabulary.themes.first { $0.id == id }?.label(lang) ?? id }
            parts.append(Label.themesWord[lang] + " " + names.joined(separator: ", ") + (themes.count > Self.themesShown ? " +\(themes.count - Self.themesShown)" : ""))
        }
        if !words.isEmpty { parts.append(Label.wordsWord[lang] + " " + words.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }
}
