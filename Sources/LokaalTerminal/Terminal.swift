import CNcurses
import CSignals
import CWidth
import Glibc
import LokaalCore
import LokaalUI

/// The one backend: the only code that calls curses.
///
/// It sets the locale and signal handlers, starts ncursesw on the terminal,
/// presents ``Screen``s, turns curses key codes into ``Key``s, and restores the
/// terminal on every way out (quit, signal, crash, `exit` from anywhere).
public final class Terminal {
    /// Why the browser cannot start.
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    private let look: Look
    private var active = false
    private var forceRepaint = false

    /// Starts curses on the controlling terminal (stdin/stdout).
    public init(look: Look) throws(StartError) {
        self.look = look
        setlocale(LC_ALL, "")
        if !Self.localeIsUTF8() { setlocale(LC_CTYPE, "C.UTF-8") }
        lk_install_signal_handlers()
        lk_install_crash_handlers { _ = endwin() }
        lk_restore_at_exit()
        guard let out = fdopen(STDOUT_FILENO, "w"), let inp = fdopen(STDIN_FILENO, "r"),
              newterm(nil, out, inp) != nil else {
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw StartError(description: "cannot start the terminal (TERM=\(term))")
        }
        active = true
        lk_capture_stderr()
        cbreak()
        noecho()
        nonl()
        keypad(lk_stdscr(), true)
        set_escdelay(25)
        wtimeout(lk_stdscr(), 1000)
        mousemask(lk_mouse_mask(), nil)
        mouseinterval(0)
        if look.color && has_colors() { setUpColours() }
    }

    deinit { restore() }

    /// The terminal's size now.
    public var size: (rows: Int, cols: Int) { (Int(lk_lines()), Int(lk_cols())) }

    /// Leaves curses mode and puts the terminal back as it was. Safe to call twice.
    public func restore() {
        guard active else { return }
        active = false
        endwin()
        lk_release_stderr()
    }

    /// Suspends the process like Ctrl-Z would; returns after `fg`, ready to repaint.
    public func suspend() {
        endwin()
        lk_release_stderr()
        raise(SIGTSTP)
        lk_capture_stderr()
        forceRepaint = true
    }

    /// Writes raw bytes to the terminal after the screen is up to date (used for OSC 52).
    public func writeRaw(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n <= 0 { if errno == EINTR { continue }; return false }
            done += n
        }
        return true
    }

    /// Ctrl-L: the next present repaints every cell.
    public func requestRepaint() { forceRepaint = true }

    /// A terminating signal that arrived (SIGINT, SIGTERM, SIGHUP, SIGQUIT), if any.
    public var pendingSignal: Int32? {
        let s = lk_pending_signal()
        return s == 0 ? nil : s
    }

    /// Restores the terminal and re-raises `sig` so the exit status is 128+sig.
    public func exit(bySignal sig: Int32) -> Never {
        restore()
        lk_reraise(sig)
        Glibc.exit(128 + sig)
    }

    /// Draws a screen: every cell, its style mapped through the look, then the cursor.
    public func present(_ screen: Screen) {
        let win = lk_stdscr()
        if forceRepaint { clearok(win, true); forceRepaint = false }
        werase(win)
        let rows = min(screen.rows, size.rows), cols = min(screen.cols, size.cols)
        var cc = cchar_t()
        for y in 0..<rows {
            for x in 0..<cols {
                let cell = screen[y, x]
                if cell.char.isEmpty { continue }
                var wide = Self.cellScalars(cell.char)
                if wide.isEmpty { continue }
                wide.append(0)
                let (attrs, pair) = attributes(cell.style)
                setcchar(&cc, wide, attr_t(attrs), Int16(pair), nil)
                mvwadd_wch(win, Int32(y), Int32(x), &cc)
            }
        }
        if let c = screen.cursor, c.row < rows, c.col < cols {
            curs_set(1)
            wmove(win, Int32(c.row), Int32(c.col))
        } else {
            curs_set(0)
        }
        wnoutrefresh(win)
        doupdate()
    }

    /// What one cell sends to the terminal: the widest scalar of its grapheme and up to
    /// four zero-width marks after it.
    ///
    /// ncurses moves its cursor by the `wcwidth` of a cell's first character; the
    /// terminal must move exactly as far, or the rest of the row is drawn out of place.
    /// So left out are scalars before the base (prepended format characters), later
    /// scalars of nonzero width (skin-tone modifiers, a flag's second letter, the
    /// consonant after a virama, emoji after a joiner: terminals give them cells of
    /// their own), joiners (some terminals glue the next cell onto a trailing ZWJ) and
    /// VS16 after a narrow base (some terminals widen the cell). A cell the screen made
    /// wider than its base keeps a blank in the column left over.
    static func cellScalars(_ grapheme: String) -> [wchar_t] {
        if grapheme.utf8.count == 1, let a = grapheme.utf8.first, a >= 0x20, a < 0x7F { return [wchar_t(a)] }
        let scalars = Array(grapheme.unicodeScalars)
        let widths = scalars.map { Int(lk_wcwidth($0.value)) }
        guard let widest = widths.max(), widest > 0, let base = widths.firstIndex(of: widest) else { return [] }
        var out = [wchar_t(bitPattern: scalars[base].value)]
        for i in scalars.indices where i > base && widths[i] == 0 && out.count < 5 {
            let v = scalars[i].value
            if v == 0x200D || v == 0x200C || (v == 0xFE0F && widest < 2) { continue }
            out.append(wchar_t(bitPattern: v))
        }
        return out
    }

    /// The next key, or nil after a one-second timeout or an interrupting signal;
    /// the caller then checks ``pendingSignal`` and ``hungUp``.
    public func readKey() -> Key? {
        var wch: wint_t = 0
        let r = wget_wch(lk_stdscr(), &wch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES { return decode(code: Int32(wch)) }
        return decode(char: UInt32(wch))
    }

    /// True once the terminal has gone away (stdin hung up).
    public var hungUp: Bool { lk_stdin_hung_up() != 0 }

    // MARK: - Keys

    private func decode(code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize(rows: size.rows, cols: size.cols)
        case KEY_MOUSE:
            var ev = MEVENT()
            guard getmouse(&ev) == OK else { return .unknown }
            if lk_wheel_up(ev.bstate) != 0 { return .wheelUp }
            if lk_wheel_down(ev.bstate) != 0 { return .wheelDown }
            if lk_button1(ev.bstate) != 0 { return .click(row: Int(ev.y), col: Int(ev.x)) }
            return .unknown
        default: return .unknown
        }
    }

    private func decode(char v: UInt32) -> Key {
        switch v {
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
        default:
            guard let u = Unicode.Scalar(v), v >= 0x20 else { return .unknown }
            return .char(Character(u))
        }
    }

    // MARK: - Styles

    private func setUpColours() {
        start_color()
        use_default_colors()
        let pairs: [(Style, Int16, Int16)] = [
            (.header, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
            (.selected, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
            (.selectedDim, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
            (.heading, Int16(COLOR_CYAN), -1),
            (.label, Int16(COLOR_YELLOW), -1),
            (.match, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
            (.bar, Int16(COLOR_GREEN), -1),
            (.hint, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
            (.hintKey, Int16(COLOR_BLUE), Int16(COLOR_WHITE)),
            (.status, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
            (.error, Int16(COLOR_RED), -1),
            (.overlay, Int16(COLOR_WHITE), Int16(COLOR_BLACK)),
            (.overlayTitle, Int16(COLOR_YELLOW), Int16(COLOR_BLACK)),
            (.warning, Int16(COLOR_RED), -1),
            (.today, Int16(COLOR_GREEN), -1),
        ]
        for (style, fg, bg) in pairs { init_pair(Int16(style.rawValue) + 1, fg, bg) }
        colourPairs = Set(pairs.map(\.0))
    }

    private var colourPairs: Set<Style> = []

    /// Attributes (always, so meaning survives without colour) plus a colour pair when colour is on.
    private func attributes(_ s: Style) -> (UInt32, Int32) {
        let bold = lk_a_bold(), rev = lk_a_reverse(), ul = lk_a_underline(), dim = lk_a_dim()
        let attrs: UInt32
        switch s {
        case .normal, .overlay, .bar: attrs = 0
        case .header: attrs = rev | bold
        case .heading, .label, .overlayTitle, .status, .error: attrs = bold
        case .dim, .border, .past: attrs = dim
        case .warning: attrs = bold
        case .today: attrs = bold | ul
        case .marker: attrs = bold
        case .selected: attrs = rev | bold
        case .selectedDim: attrs = rev
        case .match: attrs = rev | ul
        case .hint: attrs = rev
        case .hintKey: attrs = rev | bold
        }
        if look.color, colourPairs.contains(s) {
            // With colour, the pair carries the contrast: drop reverse so colours read as chosen.
            let a = (s == .match) ? (attrs & ~rev) | ul : attrs & ~rev
            return (a, Int32(s.rawValue) + 1)
        }
        return (attrs, 0)
    }

    static func localeIsUTF8() -> Bool {
        guard let cur = setlocale(LC_CTYPE, nil) else { return false }
        return DisplayWidth.isUTF8(String(cString: cur))
    }
}
