/// Something the controller asks the runtime to do: effects are values, carried out by the backend loop.
public enum Effect: Equatable, Sendable {
    case quit
    case redraw
    case suspend
    /// Put `text` on the clipboard; `what` names it for the status line ("Guido Vangoidsenhoven's contact").
    case copy(text: String, what: String)
}
