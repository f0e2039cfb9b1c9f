import LokaalCore

/// An in-memory terminal screen: rows × columns of cells, each a grapheme and a ``Style``.
///
/// Views draw here; tests compare it as text; the backend presents it. A wide
/// character takes its cell and marks the next as a continuation. Every write
/// is clipped to the screen and sanitised, so nothing drawn can overflow a row.
public struct Screen: Equatable, Sendable {
    /// One cell: the grapheme shown (empty for the right half of a wide one) and its style.
    public struct Cell: Equatable, Sendable {
        public var char: String
        public var style: Style
        public static let blank = Cell(char: " ", style: .normal)
    }

    public let rows: Int
    public let cols: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor should sit (the selected row), if anywhere.
    public var cursor: (row: Int, col: Int)? {
        get { cursorRow.map { ($0, cursorCol) } }
        set { cursorRow = newValue?.row; cursorCol = newValue?.col ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorCol = 0

    public init(rows: Int, cols: Int) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        cells = Array(repeating: .blank, count: self.rows * self.cols)
    }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * cols + col]
    }

    /// Fills a rectangle with spaces of one style.
    public mutating func fill(_ r: Rect, style: Style) {
        let r = r.clipped(rows: rows, cols: cols)
        guard r.width > 0 else { return }
        for y in r.top..<r.bottom {
            // A wide character cut by an edge of the rectangle loses its half outside it, as in `put`.
            if r.left > 0, cells[y * cols + r.left].char.isEmpty { cells[y * cols + r.left - 1].char = " " }
            if r.right < cols, cells[y * cols + r.right].char.isEmpty { cells[y * cols + r.right].char = " " }
            for x in r.left..<r.right { cells[y * cols + x] = Cell(char: " ", style: style) }
        }
    }

    /// Writes text at (row, col), at most `width` cells (default: to the right edge); returns the cells used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, style: Style, width: Int? = nil) -> Int {
        guard row >= 0, row < rows, col < cols else { return 0 }
        let limit = min(cols, col + (width ?? cols))
        var x = col
        for original in Sanitizer.clean(text) where DisplayWidth.of(original) > 0 {
            let ch = Self.standalone(original)
            let w = DisplayWidth.of(ch)
            if x + w > limit { break }
            if x >= 0 { setCell(row: row, col: x, char: String(ch), width: w, style: style) }
            x += w
        }
        return x - col
    }

    /// The character itself when it stays one character beside any other, else U+FFFD.
    ///
    /// A cell holds one grapheme, but a grapheme that begins with a scalar that attaches
    /// to what precedes it (a combining or spacing mark, an emoji modifier, a joiner), ends
    /// with one that attaches to what follows (a joiner, a prepended mark) or is half a flag
    /// (one regional indicator) would join its neighbour on the terminal and in the text of
    /// the row, and the row would no longer be `cols` cells wide. Such graphemes only arise
    /// from broken text (a mark after a removed control, say), so they are shown as "�".
    static func standalone(_ ch: Character) -> Character {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, !(first.isASCII && last.isASCII) else { return ch }
        let p = first.properties
        if p.isGraphemeExtend || p.isEmojiModifier || p.generalCategory == .spacingMark || first.value == 0x200D { return "\u{FFFD}" }
        if last.value == 0x200D || isPrepend(last.value) { return "\u{FFFD}" }
        if scalars.count == 1, (0x1F1E6...0x1F1FF).contains(first.value) { return "\u{FFFD}" }
        return ch
    }

    /// Unicode's Prepend grapheme-break class (Unicode 15): these attach to the next character.
    private static func isPrepend(_ v: UInt32) -> Bool {
        switch v {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD,
             0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46: return true
        default: return false
        }
    }

    private mutating func setCell(row: Int, col x: Int, char: String, width w: Int, style: Style) {
        let i = row * cols + x
        // Overwriting the right half of a wide character blanks its left half.
        if cells[i].char.isEmpty, x > 0 { cells[i - 1].char = " " }
        // A wide character whose left half we overwrite loses its right half.
        if x + w < cols, cells[i + w].char.isEmpty { cells[i + w].char = " " }
        cells[i] = Cell(char: char, style: style)
        if w == 2 { cells[i + 1] = Cell(char: "", style: style) }
    }

    /// Writes a styled line, mapping roles to styles; `base` is used for plain text.
    @discardableResult
    public mutating func put(_ line: StyledLine, row: Int, col: Int, width: Int, base: Style = .normal) -> Int {
        var used = 0
        for run in line.runs {
            used += put(run.text, row: row, col: col + used, style: Self.style(for: run.role, base: base), width: width - used)
        }
        return used
    }

    /// Changes the style of cells without changing their text.
    public mutating func restyle(row: Int, from: Int, to: Int, style: Style) {
        guard row >= 0, row < rows else { return }
        for x in max(0, from)..<min(cols, max(from, to)) { cells[row * cols + x].style = style }
    }

    static func style(for role: StyledLine.Role, base: Style) -> Style {
        switch role {
        case .plain: base
        case .heading: base == .selected ? .selected : .heading
        case .label: base == .selected ? .selected : .label
        case .dim: base == .selected ? .selectedDim : .dim
        case .bar: .bar
        case .marker: base == .selected ? .selected : .marker
        }
    }

    /// The screen as text, one string per row, trailing spaces kept so every row has `cols` cells.
    public var lines: [String] {
        (0..<rows).map { y in
            // Gathered as UTF-8 and made a String once: appending thousands of one-grapheme
            // Strings cost more than the rest of a frame.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(cols + 16)
            for x in 0..<cols {
                var char = cells[y * cols + x].char
                char.withUTF8 { bytes.append(contentsOf: $0) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The styles as one code character per cell (see ``Style/code``), for attribute goldens.
    public var styleLines: [String] {
        (0..<rows).map { y in String((0..<cols).map { cells[y * cols + $0].style.code }) }
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.rows == b.rows && a.cols == b.cols && a.cells == b.cells && a.cursorRow == b.cursorRow && a.cursorCol == b.cursorCol
    }
}
