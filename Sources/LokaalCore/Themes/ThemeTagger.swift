import CWidth

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
        // memmem on the UTF-8 bytes (both sides are folded alike), then a character check before each match.
        var t = text, q = term
        let offsets: [Int] = t.withUTF8 { tb in
            q.withUTF8 { qb in
                var found: [Int] = []
                var from = 0
                while from <= tb.count - qb.count {
                    let k = lk_find(tb.baseAddress! + from, tb.count - from, qb.baseAddress, qb.count)
                    if k < 0 { break }
                    found.append(from + k)
                    from += k + 1
                }
                return found
            }
        }
        for offset in offsets {
            if offset == 0 { return true }
            let at = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            if let before = text[..<at].last, !(before.isLetter || before.isNumber) { return true }
        }
        return false
    }
}
