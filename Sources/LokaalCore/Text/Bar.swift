/// A percentage drawn as a bar of block glyphs, readable without colour: `███▌      33%`.
public enum Bar {
    /// Right-aligns a percentage in three cells.
    public static func pad3(_ n: Int) -> String { let s = "\(n)"; return String(repeating: " ", count: max(0, 3 - s.count)) + s }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar glyphs for `percent` in `cells` cells, padded to exactly `cells`.
    public static func glyphs(percent: Int, cells: Int) -> String {
        let p = min(max(percent, 0), 100)
        let total = p * cells * 8 / 100
        var s = String(repeating: "█", count: total / 8) + eighths[total % 8]
        s += String(repeating: "·", count: max(0, cells - DisplayWidth.of(s)))
        return s
    }
}
