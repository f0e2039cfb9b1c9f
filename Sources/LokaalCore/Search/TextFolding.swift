import Foundation

/// Case- and diacritic-insensitive folding, with a map back to the original text.
///
/// `hierarchie` matches `hiërarchie`: both fold to the same string. Folding is
/// done per grapheme cluster with Foundation's
/// `folding(options: [.caseInsensitive, .diacriticInsensitive])` so every folded
/// character can be traced back to the cluster it came from (for highlighting).
public enum TextFolding {
    /// The folded form of a string.
    public static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// A folded string and, for each of its characters, the index of the original character it came from.
    public struct Folded: Sendable {
        public let text: [Character]
        public let origin: [Int]
    }

    /// Folds per character, keeping the origin of each folded character.
    public static func foldMapped(_ s: String) -> Folded {
        var text: [Character] = []
        var origin: [Int] = []
        for (i, ch) in s.enumerated() {
            for f in fold(String(ch)) {
                text.append(f)
                origin.append(i)
            }
        }
        return Folded(text: text, origin: origin)
    }

    /// Every match of `query` in `text`, as ranges of character offsets in the original text.
    public static func matches(of query: String, in text: String) -> [Range<Int>] {
        let q = Array(fold(query))
        guard !q.isEmpty else { return [] }
        let f = foldMapped(text)
        guard f.text.count >= q.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i <= f.text.count - q.count {
            if f.text[i] == q[0] && Array(f.text[i..<(i + q.count)]) == q {
                out.append(f.origin[i]..<(f.origin[i + q.count - 1] + 1))
                i += q.count
            } else {
                i += 1
            }
        }
        return out
    }
}
