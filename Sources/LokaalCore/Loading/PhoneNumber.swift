/// Digit-level comparison of Belgian phone numbers as written and in +32 form.
public enum PhoneNumber {
    /// The national digits of a number as written: `0493/41.52.75` → `493415275`.
    public static func digits(ofWritten s: String) -> String {
        var d = s.filter(\.isASCIIDigitCharacter)
        if s.drop(while: \.isWhitespace).hasPrefix("+32") { d.removeFirst(2) }
        else if d.hasPrefix("0032") { d.removeFirst(4) }
        else if d.hasPrefix("0") { d.removeFirst() }
        return d
    }

    /// The national digits of a +32 number: `+32 493 41 52 75` → `493415275`.
    public static func digits(ofIntl s: String) -> String {
        String(s.filter(\.isASCIIDigitCharacter).dropFirst(2))
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
