import LokaalCore

/// The theme matrix: the selected cell, and whether its list of matches is open.
public struct ThemeViewState: Equatable, Sendable {
    public var row = 0
    public var column = 0
    public var listOpen = false
    public var listScroll = 0
    /// The matrix, built once when the view first opens: tagging every region is too slow to repeat per key and frame.
    public var matrix: ThemeMatrix?
    public init() {}
}
