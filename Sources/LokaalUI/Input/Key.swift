/// A key press, mouse event or resize, decoded from the terminal by the backend.
public enum Key: Equatable, Sendable, Hashable {
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab
    case char(Character)
    /// Ctrl plus a letter, e.g. `.ctrl("l")`.
    case ctrl(Character)
    case resize(rows: Int, cols: Int)
    case click(row: Int, col: Int)
    case wheelUp, wheelDown
    case unknown

    /// How the key is written in help and hints: `↑`, `PgDn`, `Ctrl-L`, `q`.
    public var label: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .resize: "resize"
        case .click: "click"
        case .wheelUp: "wheel up"
        case .wheelDown: "wheel down"
        case .unknown: "?"
        }
    }
}
