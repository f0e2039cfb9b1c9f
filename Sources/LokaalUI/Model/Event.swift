/// Something that happened, for ``Controller/update(_:event:atlas:keymap:)``: a key, a mouse event, a resize, or what became of an effect.
///
/// The backend's keys (which also carry mouse events and resizes, as curses
/// delivers them) become events through ``init(_:)``; the runtime answers a
/// ``Effect/copy(text:what:)`` with ``copyFinished(_:)``, so the status line
/// about it is written by the update, like every other change of state.
public enum Event: Equatable, Sendable {
    case key(Key)
    case resize(rows: Int, cols: Int)
    case click(row: Int, col: Int)
    /// The wheel: negative scrolls up.
    case wheel(lines: Int)
    /// The outcome of carrying out a copy effect.
    case copyFinished(CopyResult)

    /// The event a decoded key stands for.
    public init(_ key: Key) {
        switch key {
        case let .resize(rows, cols): self = .resize(rows: rows, cols: cols)
        case let .click(row, col): self = .click(row: row, col: col)
        case .wheelUp: self = .wheel(lines: -3)
        case .wheelDown: self = .wheel(lines: 3)
        default: self = .key(key)
        }
    }
}
