/// What vCard (RFC 6350 §3.2, §3.4) and iCalendar (RFC 5545 §3.1, §3.3.11) share:
/// text escaping and line folding.
///
/// A content line longer than 75 octets goes on in a continuation line that starts with
/// one space; a UTF-8 sequence is never split.
enum ContentLine {
    /// A text value: backslash, semicolon and comma escaped, a newline as `\n`, other
    /// control characters made visible (``Sanitizer/clean(_:keepNewlines:)``).
    static func escape(_ s: String) -> String {
        var out = ""
        for line in s.split(separator: "\n", omittingEmptySubsequences: false).map({ Sanitizer.clean(String($0)) }).enumerated() {
            if line.offset > 0 { out += "\\n" }
            for c in line.element {
                switch c {
                case "\\": out += "\\\\"
                case ";": out += "\\;"
                case ",": out += "\\,"
                default: out.append(c)
                }
            }
        }
        return out
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for c in line {
            let n = String(c).utf8.count
            if count + n > 75 { out += "\r\n "; count = 1 }
            out.append(c); count += n
        }
        return out
    }
}
