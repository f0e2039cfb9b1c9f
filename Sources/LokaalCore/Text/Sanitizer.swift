/// Makes text from data safe to show: no control characters, escape sequences or bidi overrides reach the terminal.
///
/// C0 controls and DEL become their Unicode control pictures (␛ for ESC, ␇ for
/// BEL, …), C1 controls and bidi controls become `�`, and a cluster keeps at most
/// four combining marks. Newlines and tabs become spaces unless `keepNewlines`.
public enum Sanitizer {
    public static let maxCombiningMarks = 4

    public static func clean(_ s: String, keepNewlines: Bool = false) -> String {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7f }) || s.unicodeScalars.allSatisfy(isPlain) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            if c == "\n" || c == "\r\n" { out.append(keepNewlines ? "\n" : " "); continue }
            if c == "\t" { out.append(" "); continue }
            var scalars = String.UnicodeScalarView()
            var marks = 0
            for u in c.unicodeScalars {
                let v = u.value
                if v < 0x20 { scalars.append(Unicode.Scalar(0x2400 + v)!); continue }
                if v == 0x7f { scalars.append("\u{2421}"); continue }
                if (0x80...0x9f).contains(v) || isBidiControl(v) { scalars.append("\u{FFFD}"); continue }
                if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark {
                    marks += 1
                    if marks > maxCombiningMarks { continue }
                    if scalars.isEmpty { scalars.append("\u{25CC}") } // a mark needs a base to stand on
                }
                scalars.append(u)
            }
            // Not `out.unicodeScalars.append(contentsOf:)`: that copies `out` every time (quadratic; a 1 MiB field took seconds).
            out.append(String(scalars))
        }
        return out
    }

    /// Bidirectional formatting characters that could reorder what the terminal shows.
    /// A scalar shown as it is: printable ASCII, or beyond it anything but C1 controls, bidi controls and marks.
    static func isPlain(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v >= 0x20 && v != 0x7f }
        if v <= 0x9f || isBidiControl(v) { return false }
        let c = u.properties.generalCategory
        return c != .nonspacingMark && c != .enclosingMark
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
