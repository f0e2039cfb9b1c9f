import CWidth
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Terminal display width of text, per grapheme cluster, from libc's `wcwidth`.
///
/// A cluster is as wide as its widest scalar, clamped to 0…2 (combining marks
/// add nothing, CJK and emoji take two cells). Needs a UTF-8 `LC_CTYPE`;
/// ``ensureUTF8Locale()`` sets one when the environment names none.
public enum DisplayWidth {
    /// Width of one grapheme cluster in terminal cells.
    public static func of(_ c: Character) -> Int {
        let utf8 = c.utf8
        if utf8.count == 1, let a = utf8.first, a < 0x80 { return (a >= 0x20 && a < 0x7f) ? 1 : 0 }
        _ = localeReady
        var w = 0
        for s in c.unicodeScalars {
            let sw = Int(lk_wcwidth(s.value))
            if sw > w { w = sw }
        }
        if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { w = 2 }
        return min(max(w, 0), 2)
    }

    /// Set once, before the first non-ASCII width is asked.
    private static let localeReady: Bool = ensureUTF8Locale()

    /// Width of a string in terminal cells.
    ///
    /// When every scalar is ASCII or from a block whose scalars never join a neighbour in a
    /// grapheme cluster (``standsAlone(_:)``: the borders, arrows and Latin letters of a
    /// screen), each scalar is a cluster of its own and the width is summed per scalar,
    /// without walking grapheme clusters; otherwise per cluster.
    public static func of(_ s: String) -> Int {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7f }) { return s.utf8.count }
        var total = 0
        for u in s.unicodeScalars {
            if u.value < 0x80 { total += (u.value >= 0x20 && u.value < 0x7f) ? 1 : 0; continue }
            guard standsAlone(u) else { return s.reduce(0) { $0 + of($1) } }
            _ = localeReady
            total += min(max(Int(lk_wcwidth(u.value)), 0), 2)
        }
        return total
    }

    /// Whether `u` lies in a block with no scalar that extends, joins or prepends to a
    /// neighbour (no Grapheme_Extend, ZWJ, spacing mark, prepend, regional indicator or
    /// Hangul jamo): Latin-1 to IPA and spacing modifiers, general punctuation without its
    /// format controls, currency, letterlike symbols to the geometric shapes.
    /// `DisplayWidthTests` checks these blocks scalar by scalar against the standard library.
    static func standsAlone(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x25FF: return true
        default: return false
        }
    }

    /// Makes `wcwidth` know about non-ASCII text: keeps a UTF-8 `LC_CTYPE` from the
    /// environment, else falls back to `C.UTF-8`. Returns whether a UTF-8 locale is active.
    @discardableResult
    public static func ensureUTF8Locale() -> Bool {
        if let cur = setlocale(LC_CTYPE, ""), isUTF8(String(cString: cur)) { return true }
        return setlocale(LC_CTYPE, "C.UTF-8") != nil
    }

    /// Whether a locale name (`C.UTF-8`, `nl_BE.utf8`) names a UTF-8 encoding.
    public static func isUTF8(_ name: String) -> Bool {
        let n = name.lowercased()
        return ByteText.contains(n, "utf-8") || ByteText.contains(n, "utf8")
    }
}
