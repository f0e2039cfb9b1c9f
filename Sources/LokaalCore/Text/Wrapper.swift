/// Word wrapping to a display width.
///
/// Breaks at spaces; a word wider than the line is cut by display width. The
/// result's lines never exceed `width` cells.
public enum Wrapper {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                var ww = DisplayWidth.of(w)
                if lineWidth > 0 && lineWidth + 1 + ww <= width {
                    line += " " + w
                    lineWidth += 1 + ww
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while ww > width {
                    let (head, rest) = split(w, at: width)
                    lines.append(head)
                    w = rest
                    ww = DisplayWidth.of(w)
                }
                line = w
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
    }

    /// Cuts a string into a head of at most `width` cells and the rest.
    public static func split(_ s: String, at width: Int) -> (String, String) {
        var head = "", used = 0
        var idx = s.startIndex
        while idx < s.endIndex {
            let cw = DisplayWidth.of(s[idx])
            if used + cw > width { break }
            head.append(s[idx]); used += cw
            idx = s.index(after: idx)
        }
        if head.isEmpty && idx < s.endIndex { // a wide cluster in a 1-cell space
            return (String(s[idx]), String(s[s.index(after: idx)...]))
        }
        return (head, String(s[idx...]))
    }

    /// The string cut to `width` cells, ending in `…` when cut.
    public static func truncate(_ s: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(s) <= width { return s }
        return split(s, at: width - 1).0 + "…"
    }

    /// The string cut from the left to `width` cells, starting with `…` when cut: for a
    /// prompt, whose end (where typing happens) matters most.
    public static func truncateHead(_ s: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(s) <= width { return s }
        var tail: [Character] = []
        var used = 1 // the ellipsis
        for c in s.reversed() {
            let w = DisplayWidth.of(c)
            if used + w > width { break }
            tail.append(c)
            used += w
        }
        return "…" + String(tail.reversed())
    }

    /// The line without its trailing white space.
    public static func trimTrailing(_ s: String) -> String {
        String(s[..<(s.lastIndex { !$0.isWhitespace }.map { s.index(after: $0) } ?? s.startIndex)])
    }

    /// The string padded with spaces (or cut) to exactly `width` cells.
    public static func pad(_ s: String, width: Int) -> String {
        let t = truncate(s, width: width)
        return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
    }
}
