/// Tags challenges and services with themes: a theme's term matches at the start of a word of the
/// folded text (case and accents ignored); overrides in the vocabulary then confirm or remove tags.
public enum ThemeTagger {
    /// One tag and why: the term that matched, or the override's reason.
    public struct Tag: Sendable, Equatable {
        public let theme: String
        public let target: ThemeTarget
        public let reason: String
    }

    public static func tags(_ regions: [Region], vocabulary v: ThemeVocabulary) -> [Tag] {
        var out: [Tag] = []
        let folded = v.themes.map { t in (t.id, t.terms.map(TextFolding.fold)) }
        for r in regions {
            for target in ThemeTarget.targets(of: r) {
                let text = TextFolding.fold(target.text)
                for (id, terms) in folded {
                    let override = v.overrides.first { $0.region == r.id && $0.kind == target.kind && $0.number == target.number && $0.theme == id }
                    if let o = override {
                        if o.tag { out.append(Tag(theme: id, target: target, reason: "override: \(o.why)")) }
                        continue
                    }
                    if let term = terms.first(where: { startsWord(term: $0, in: text) }) {
                        out.append(Tag(theme: id, target: target, reason: "“\(term)”"))
                    }
                }
            }
        }
        return out
    }

    /// True when `term` occurs in `text` at the start of the text or right after a non-alphanumeric character.
    static func startsWord(term: String, in text: String) -> Bool {
        guard !term.isEmpty else { return false }
        // Byte search on UTF-8 (both sides are folded alike), then a character check before the match.
        var from = text.utf8.startIndex
        while let r = text.utf8[from...].firstRange(of: term.utf8) {
            guard r.lowerBound != text.startIndex else { return true }
            if let before = text[..<r.lowerBound].last, !(before.isLetter || before.isNumber) { return true }
            from = text.utf8.index(after: r.lowerBound)
        }
        return false
    }
}
