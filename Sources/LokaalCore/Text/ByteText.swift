import CWidth

/// Finding and replacing text by its UTF-8 bytes, with libc's `memmem`.
///
/// The standard library's `contains(_:)` and `replacing(_:with:)` on strings live in
/// `_StringProcessing`, whose first call sets up its regex machinery: half a millisecond,
/// a tenth of the first frame, spent asking whether the locale's name says "utf-8".
/// Byte search is what lokaal means anyway: every text it searches is folded first
/// (no combining marks left), every pattern it replaces is ASCII.
public enum ByteText {
    /// True when `part` occurs in `text` (always for an empty `part`).
    public static func contains(_ text: String, _ part: String) -> Bool {
        var t = text, p = part
        return t.withUTF8 { tb in p.withUTF8 { pb in lk_contains(tb.baseAddress, tb.count, pb.baseAddress, pb.count) != 0 } }
    }

    /// `text` with every occurrence of `target` (not empty), left to right and not
    /// overlapping, replaced by `replacement`.
    public static func replacing(_ text: String, _ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return text }
        var t = text, p = target
        return t.withUTF8 { tb in
            p.withUTF8 { pb in
                var out: [UInt8] = []
                var from = 0
                while from <= tb.count {
                    let k = lk_find(tb.baseAddress! + from, tb.count - from, pb.baseAddress, pb.count)
                    if k < 0 { break }
                    out.append(contentsOf: tb[from..<(from + k)])
                    out.append(contentsOf: replacement.utf8)
                    from += k + pb.count
                }
                if from == 0 { return text }
                out.append(contentsOf: tb[from...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
