import CWidth
import Synchronization

/// Case-, diacritic- and width-insensitive folding, with a map back to the original text.
///
/// `hierarchie` matches `hiërarchie`: both fold to the same string. Folding is
/// done per grapheme cluster, scalar by scalar, so every folded character can be
/// traced back to the cluster it came from (for highlighting). It gives what
/// Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive,
/// .widthInsensitive], locale: nil)` gave each scalar, without Foundation or ICU:
/// the standard library's Unicode properties and ``FoldTable``, generated from the
/// Unicode data by `scripts/gen-fold-table.py`.
public enum TextFolding {
    /// The folded form of a string.
    ///
    /// Folding works scalar by scalar: ASCII is lowercased directly, combining marks
    /// are dropped (that is what diacritic-insensitive means), and any other scalar is
    /// folded once and then remembered. So `fold` agrees exactly with
    /// ``foldMapped(_:)``, and folding all text of 1,000 regions takes milliseconds.
    public static func fold(_ s: String) -> String {
        if let ascii = asciiLowercased(s) { return ascii }
        // One pass over the UTF-8: ASCII bytes are lowered in place, only the other
        // scalars are decoded and folded (Dutch text is mostly ASCII).
        var s = s
        return s.withUTF8 { src in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(src.count + 8)
            var i = 0
            while i < src.count {
                let b = src[i]
                if b < 0x80 {
                    bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    i += 1
                    continue
                }
                // A String's UTF-8 is valid: the lead byte gives the length.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(src[i + k] & 0x3F) }
                bytes.append(contentsOf: foldScalar(Unicode.Scalar(value)!).utf8)
                i += length
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// One character folded, as ``fold(_:)`` folds it.
    static func foldCharacter(_ ch: Character) -> String {
        var bytes: [UInt8] = []
        for u in ch.unicodeScalars { append(u, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ u: Unicode.Scalar, to bytes: inout [UInt8]) {
        if u.isASCII {
            let a = UInt8(u.value)
            bytes.append(a >= 0x41 && a <= 0x5A ? a | 0x20 : a)
        } else {
            bytes.append(contentsOf: foldScalar(u).utf8)
        }
    }

    /// Non-ASCII scalars already folded: the text of a data set uses a few hundred at most.
    private static let scalarCache = Mutex<[UInt32: String]>([:])

    static func foldScalar(_ u: Unicode.Scalar) -> String {
        if let known = scalarCache.withLock({ $0[u.value] }) { return known }
        let f = foldScalarUncached(u)
        scalarCache.withLock { $0[u.value] = f }
        return f
    }

    /// The fold of one scalar, not remembered (the differential tests fold every scalar):
    /// combining marks drop, U+2019 becomes `'`, a scalar of ``FoldTable`` (width forms,
    /// precomposed Latin, Greek and Cyrillic letters, `ß` and the other case-fold
    /// exceptions) takes its entry, and any other scalar its lowercase mapping.
    static func foldScalarUncached(_ u: Unicode.Scalar) -> String {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return ""
        default: return u == "\u{2019}" ? "'" : FoldTable.fold(u.value) ?? u.properties.lowercaseMapping
        }
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
            if let a = ch.asciiValue {
                text.append(a >= 0x41 && a <= 0x5A ? Character(Unicode.Scalar(a | 0x20)) : ch)
                origin.append(i)
                continue
            }
            for f in foldCharacter(ch) {
                text.append(f)
                origin.append(i)
            }
        }
        return Folded(text: text, origin: origin)
    }

    /// True when the folded `text` contains the folded `query`: libc's `memmem` on the UTF-8 bytes
    /// (``ByteText/contains(_:_:)``).
    public static func contains(folded text: String, _ query: String) -> Bool {
        ByteText.contains(text, query)
    }

    /// `s` lowercased in one pass over its bytes, or nil as soon as a byte is not ASCII.
    private static func asciiLowercased(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { src -> String? in
            var ascii = true
            let out = String(unsafeUninitializedCapacity: src.count) { dst in
                for i in 0..<src.count {
                    let b = src[i]
                    if b >= 0x80 { ascii = false; return 0 }
                    dst[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return src.count
            }
            return ascii ? out : nil
        }
    }

    /// The first match of `query` in `text`, as a range of character offsets in the original text.
    /// Folds only as far as the match: a one-letter query matches early in nearly every field.
    public static func firstMatch(of query: String, in text: String) -> Range<Int>? {
        let q = Array(fold(query))
        guard !q.isEmpty else { return nil }
        var folded: [Character] = []
        var origin: [Int] = []
        for (i, ch) in text.enumerated() {
            if let a = ch.asciiValue {
                folded.append(a >= 0x41 && a <= 0x5A ? Character(Unicode.Scalar(a | 0x20)) : ch)
                origin.append(i)
            } else {
                for f in foldCharacter(ch) { folded.append(f); origin.append(i) }
            }
            guard folded.count >= q.count else { continue }
            // A match ending within the characters just added, leftmost first.
            let lastStart = folded.count - q.count
            var start = max(0, lastStart - 3)
            while start <= lastStart {
                if folded[start] == q[0] && folded[start..<(start + q.count)].elementsEqual(q) {
                    return origin[start]..<(origin[start + q.count - 1] + 1)
                }
                start += 1
            }
        }
        return nil
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
