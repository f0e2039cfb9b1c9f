/// A line of laid-out text: runs of text, each with a semantic role.
///
/// Roles say what the text is (a heading, a label, a bar); the command line
/// turns them into ANSI bold or nothing, the browser into curses attributes.
public struct StyledLine: Equatable, Sendable {
    /// What a run of text is.
    public enum Role: Equatable, Sendable {
        case plain, heading, label, dim, bar, marker
    }
    /// A run of text with one role.
    public struct Run: Equatable, Sendable {
        public var text: String
        public var role: Role
        public init(_ text: String, _ role: Role = .plain) { self.text = text; self.role = role }
    }
    public var runs: [Run]

    public init(_ runs: [Run]) { self.runs = runs }
    public init(_ text: String, _ role: Role = .plain) { self.runs = [Run(text, role)] }

    /// The line's text without roles.
    public var text: String { runs.map(\.text).joined() }
    public static let empty = StyledLine([])
}
