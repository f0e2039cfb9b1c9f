/// Trimming by Unicode scalar, as Foundation's `trimmingCharacters(in:)` trims.
///
/// FoundationEssentials has no `CharacterSet`; the two sets lokaal trimmed with are
/// written from the Unicode properties the standard library carries, and
/// `FoundationParityTests` holds them to Foundation's on every scalar.
public enum ScalarTrimming {
    /// Foundation's `CharacterSet.whitespaces`: the space separators (general category Zs),
    /// the tab and, as CoreFoundation has always counted it, the zero-width space U+200B.
    public static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        u == "\t" || u == "\u{200B}" || u.properties.generalCategory == .spaceSeparator
    }

    /// `s` without the leading and trailing scalars for which `trim` holds.
    public static func trimmed(_ s: String, where trim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !trim($0) }),
              let last = scalars.lastIndex(where: { !trim($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// `s` without leading and trailing whitespace: `trimmingCharacters(in: .whitespaces)`.
    public static func trimmingWhitespace(_ s: String) -> String {
        trimmed(s, where: isWhitespace)
    }
}
