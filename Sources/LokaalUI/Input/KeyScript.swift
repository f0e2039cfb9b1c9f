/// Parses a compact key script for tests and benchmarks: `<Down><Down><Enter>/roy<Enter>n`.
///
/// `<Name>` is a named key (Up, Down, Left, Right, PgUp, PgDn, Home, End,
/// Enter, Esc, BS, Tab, BTab, C-x, Resize:COLSxROWS, Click:ROW,COL, WheelUp,
/// WheelDown, Unknown, and U+HEX for one typed scalar such as a lone combining
/// mark or `<` itself); anything else is typed text.
public enum KeyScript {
    public static func parse(_ script: String) -> [Key] {
        var keys: [Key] = []
        var i = script.startIndex
        while i < script.endIndex {
            let c = script[i]
            if c == "<", let close = script[i...].firstIndex(of: ">"), close > script.index(after: i) {
                let name = String(script[script.index(after: i)..<close])
                if let k = named(name) { keys.append(k); i = script.index(after: close); continue }
            }
            keys.append(.char(c))
            i = script.index(after: i)
        }
        return keys
    }

    static func named(_ n: String) -> Key? {
        switch n {
        case "Up": return .up
        case "Down": return .down
        case "Left": return .left
        case "Right": return .right
        case "PgUp": return .pageUp
        case "PgDn": return .pageDown
        case "Home": return .home
        case "End": return .end
        case "Enter": return .enter
        case "Esc": return .escape
        case "BS": return .backspace
        case "Tab": return .tab
        case "BTab": return .backTab
        case "WheelUp": return .wheelUp
        case "WheelDown": return .wheelDown
        case "Unknown": return .unknown
        default:
            if n.hasPrefix("C-"), n.count == 3 { return .ctrl(n.last!) }
            if n.hasPrefix("Resize:") {
                let p = n.dropFirst(7).split(separator: "x").compactMap { Int($0) }
                if p.count == 2 { return .resize(rows: p[1], cols: p[0]) }
            }
            if n.hasPrefix("U+"), let v = UInt32(n.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { return .char(Character(u)) }
            if n.hasPrefix("Click:") {
                let p = n.dropFirst(6).split(separator: ",").compactMap { Int($0) }
                if p.count == 2 { return .click(row: p[0], col: p[1]) }
            }
            return nil
        }
    }
}
