import LokaalUI

/// Writes keys back as a ``KeyScript``, so a failing fuzz sequence can be pasted as a regression case.
///
/// Plain text stays readable; anything that would merge with its neighbour into
/// one grapheme (a lone combining mark, a variation selector, a flag half, a Hangul
/// jamo) or that the parser would misread (`<`) is written as `<U+HEX>`.
enum KeyScriptWriter {
    static func script(_ keys: [Key]) -> String { keys.map(token).joined() }

    /// True when the script parses back to exactly these keys.
    static func readsBack(_ keys: [Key]) -> Bool { KeyScript.parse(script(keys)) == keys }

    static func token(_ key: Key) -> String {
        switch key {
        case .up: "<Up>"
        case .down: "<Down>"
        case .left: "<Left>"
        case .right: "<Right>"
        case .pageUp: "<PgUp>"
        case .pageDown: "<PgDn>"
        case .home: "<Home>"
        case .end: "<End>"
        case .enter: "<Enter>"
        case .escape: "<Esc>"
        case .backspace: "<BS>"
        case .tab: "<Tab>"
        case .backTab: "<BTab>"
        case .wheelUp: "<WheelUp>"
        case .wheelDown: "<WheelDown>"
        case .unknown: "<Unknown>"
        case let .ctrl(c): "<C-\(c)>"
        case let .resize(rows, cols): "<Resize:\(cols)x\(rows)>"
        case let .click(row, col): "<Click:\(row),\(col)>"
        case let .char(c): literal(c) ? String(c) : c.unicodeScalars.map { "<U+" + String($0.value, radix: 16, uppercase: true) + ">" }.joined()
        }
    }

    /// Characters that read back as themselves whatever stands next to them.
    static func literal(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        if c == "<" { return false }
        return (0x20...0x7E).contains(v)             // ASCII
            || (0xC0...0x17F).contains(v)             // accented Latin letters
            || (0x4E00...0x9FFF).contains(v)          // CJK ideographs
            || (0xAC00...0xD7A3).contains(v)          // precomposed Hangul syllables
    }
}
