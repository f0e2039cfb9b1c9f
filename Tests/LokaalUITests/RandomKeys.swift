import LokaalCore
import LokaalTestSupport
@testable import LokaalUI

/// A seeded stream of random key events for the fuzz: every key the keymap binds, unbound keys,
/// typed words from the data (with typos and accents), odd text (accented, wide, combining,
/// control and bidi characters), Ctrl keys, mouse events and resizes.
///
/// Keys are the ones the backend can deliver (`Terminal.readKey`): `.char` is one scalar of at
/// least U+0020 other than DEL, Ctrl is a letter that is not Tab, Enter or Backspace, and a resize
/// is the `.resize` key `KEY_RESIZE` becomes. Words come in bursts, often behind `/`, `s`, `p/`, `f`
/// or `?`, so searches, filters and the fit view see real queries.
struct RandomKeys {
    private var rng: SeededRandom
    private var pending: [Key] = []
    private var goal: Goal?
    private let bound: [Key]
    private let words: [String]
    private let regionCount: Int

    static let oddText: [Character] = [
        "é", "ë", "ï", "ö", "ü", "à", "ç", "ñ", "É", "Ø", "ß", "ĳ",           // accented Latin
        "漢", "字", "한", "😀", "🇧", "Ｗ", "ｱ",                                   // wide, emoji, a flag half, fullwidth, halfwidth
        "\u{301}", "\u{308}", "\u{200D}", "\u{FE0F}", "\u{1F3FB}",               // combining, ZWJ, VS16, skin tone
        "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{A0}", "\u{AD}", // C1, bidi, zero-width, NBSP, soft hyphen
        "\u{1100}", "\u{1161}", "ﷺ", "𒐫", "\u{E000}", "\u{FFFD}", "▶", "│", "≠",   // jamo, very wide glyphs, private use, UI glyphs
    ]
    static let unboundText: [Character] = Array("abeioruxzABCDEFHIJKLMOPQRSTUVWXZ0!\"#$%&'()*+,-.:;<=>@\\^_`{|}~")

    init(seed: UInt64, atlas: Atlas) {
        rng = SeededRandom(seed: seed)
        regionCount = atlas.regions.count
        bound = Keymap.standard.bindings.flatMap(\.keys)
        var w = Set(atlas.personas.map(\.name))
        for f in atlas.fields.prefix(400) {
            for word in f.text.split(whereSeparator: { !$0.isLetter }) where (3...14).contains(word.count) { w.insert(String(word)) }
        }
        words = w.sorted()
    }

    /// A size a terminal might report: often too small or at a layout threshold, mostly ordinary.
    mutating func size() -> (rows: Int, cols: Int) {
        switch rng.int(0...99) {
        case 0..<18: return (rng.int(1...12), rng.int(1...45))
        case 18..<32: return (rng.int(10...30), rng.int(40...59))
        case 32..<42: return (rng.pick([9, 10, 11, 12, 24]), rng.pick([39, 40, 41, 59, 60, 61, 79, 80, 99, 100, 119, 120]))
        case 42..<96: return (rng.int(10...36), rng.int(60...120))
        default: return (rng.int(46...70), rng.int(141...220))
        }
    }

    /// The next key for a state: its size aims the mouse, and a prompt being typed in is more
    /// often closed, so that the walk does not stay in one place.
    mutating func next(after s: AppState) -> Key {
        // Typing searches afresh with every key, the costliest event there is: prompts are closed soon,
        // and the search across regions (which searches every field per key) sooner still.
        if s.mode == .results, s.results.typing, rng.chance(0.7) { pending = []; return rng.pick([Key.enter, .escape]) }
        if let key = steer(s) { return key }
        if !pending.isEmpty { return pending.removeFirst() }
        let typing = s.search.typing || s.help != nil || (s.mode == .personas && s.personaView.typing) || (s.mode == .results && s.results.typing)
            || (s.mode == .fit && s.fitView.typing)
        if typing, rng.chance(s.search.typing ? 0.6 : 0.25) { return rng.pick([Key.enter, .escape, .escape, .backspace]) }
        if s.mode != .browse, rng.chance(0.04) { return .escape }
        switch rng.int(0...99) {
        case 0..<45: return rng.pick(bound)
        case 45..<64: return rng.pick([Key.up, .down, .left, .right, .enter, .escape, .tab, .pageDown, .end])
        case 64..<65:
            // More like this on a challenge or a service, sometimes opening a hit.
            if rng.chance(0.2) {
                pending = [.char(rng.pick(Array("23"))), .right, .right, rng.pick([Key.down, .pageDown, .up]), .char("m")] + (rng.chance(0.5) ? [.down, .enter] : [])
                return pending.removeFirst()
            }
            // Mark regions and compare them, or list their milestones: at random from wherever the walk is,
            // or steered there (see `steer`), two to four regions chosen, four as often as not.
            if rng.chance(0.5) {
                let size = min(regionCount, rng.chance(0.5) ? 4 : rng.int(2...3))
                var chosen: [Int] = []
                while chosen.count < size { let r = rng.int(0...(regionCount - 1)); if !chosen.contains(r) { chosen.append(r) } }
                goal = Goal(regions: Set(chosen), finish: rng.chance(0.7) ? .char("c") : .char("w"))
                return steer(s) ?? .char(" ")
            }
            let moves: [Key] = (0..<rng.int(1...4)).map { _ in rng.pick([Key.down, .up, .end, .home]) }
            pending = moves.flatMap { [Key.char(" "), $0] } + [.char(" "), rng.chance(0.7) ? .char("c") : .char("w")]
            return pending.removeFirst()
        case 65..<69:
            pending = burst()
            return pending.removeFirst()
        case 69..<75: return .char(rng.pick(Self.unboundText))
        case 75..<81: return .char(rng.pick(Self.oddText))
        case 81..<86: return rng.chance(0.85) ? .ctrl(rng.pick(Array("abcdefgklnopqrstuvwxyz"))) : .unknown
        case 86..<93:
            switch rng.int(0...3) {
            case 0: return .wheelUp
            case 1: return .wheelDown
            default: return .click(row: rng.int(-1...s.rows), col: rng.int(-1...s.cols))
            }
        default:
            let size = size()
            return .resize(rows: size.rows, cols: size.cols)
        }
    }

    /// Where `steer` is taking the walk: these regions marked, then `finish` (`c` compares them, `w` lists their milestones).
    struct Goal {
        let regions: Set<Int>
        let finish: Key
        var steps = 0
    }

    /// Sets the walk's goal by hand (the fuzz sets it at random): these regions marked, then `finish`.
    mutating func aim(at regions: Set<Int>, finish: Key) { goal = Goal(regions: regions, finish: finish) }

    /// The next key towards the goal, judged from the state, not planned ahead: Esc out of whatever is open
    /// (help, popup, prompt, another view), ← to the region list, then ↑ ↓ and Space until exactly the goal's
    /// regions are marked, then its finishing key. A fixed sequence of keys (Space ↓ Space ↓ … c) only
    /// compares four regions when the walk happens to be at the top of the region list with it focused and
    /// nothing marked; steering gets there from anywhere, so every seed reaches every view. Gives up after
    /// 60 keys (nil: the walk goes on at random).
    private mutating func steer(_ s: AppState) -> Key? {
        guard var g = goal else { return nil }
        g.steps += 1
        goal = g
        if g.steps > 60 { goal = nil; return nil }
        let typing = s.search.typing || (s.mode == .personas && s.personaView.typing) || (s.mode == .results && s.results.typing)
        if s.popup != nil || s.help != nil || typing || s.mode != .browse { return .escape }
        if s.focus != .regions { return .left }
        let marked = Set(s.marked)
        // Unmark what the goal does not want first, so that marking never meets the limit of four.
        let toggle = marked.subtracting(g.regions).min() ?? g.regions.subtracting(marked).min()
        guard let target = toggle else { goal = nil; return g.finish }
        if target == s.region { return .char(" ") }
        return target < s.region ? .up : .down
    }

    /// A word typed key by key, sometimes misspelt, re-cased or accented, often behind a prompt key.
    private mutating func burst() -> [Key] {
        var word = Array(rng.pick(words))
        if rng.chance(0.25), word.count > 3 { word.remove(at: rng.int(0...(word.count - 1))) }
        if rng.chance(0.2) { word = Array(String(word).uppercased()) }
        if rng.chance(0.15) { word.insert(rng.pick(Self.oddText), at: rng.int(0...word.count)) }
        if rng.chance(0.3) { word = Array(word.prefix(rng.int(1...word.count))) }
        var keys = word.flatMap { c in c.unicodeScalars.map { Key.char(Character($0)) } }
        if rng.chance(0.2) { keys.insert(.backspace, at: rng.int(0...keys.count)) }
        switch rng.int(0...19) {
        case 0...3: keys.insert(.char("/"), at: 0)
        case 6:
            // The search across regions searches every field per key: short words only.
            keys = [.char("s")] + keys.prefix(4)
        case 4...5, 7...9: keys.insert(contentsOf: [.char("p"), .char("/")], at: 0)
        case 10...13: keys.insert(.char("?"), at: 0)
        case 14...15: keys.insert(.char("f"), at: 0)
        default: break
        }
        if rng.chance(0.4) { keys.append(.enter) }
        return keys
    }
}
