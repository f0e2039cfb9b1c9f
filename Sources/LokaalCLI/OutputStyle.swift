/// How plain output looks: its width and whether it may use ANSI bold.
///
/// Colour is used only on a terminal and never when `NO_COLOR` is set.
public struct OutputStyle: Sendable {
    public var width: Int
    public var color: Bool

    public init(width: Int = 80, color: Bool = false) {
        self.width = max(20, width)
        self.color = color
    }

    /// Colour only when writing to a terminal and `NO_COLOR` is unset or empty.
    public static func decide(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
}
