/// The line folding that vCard (RFC 6350 §3.2) and iCalendar (RFC 5545 §3.1) share.
///
/// A content line longer than 75 octets goes on in a continuation line that starts with
/// one space; a UTF-8 sequence is never split.
enum ContentLine {
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
