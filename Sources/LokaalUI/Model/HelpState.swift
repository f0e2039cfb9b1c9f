/// The help overlay: its filter text and scroll.
public struct HelpState: Equatable, Sendable {
    public var filter = ""
    public var scroll = 0
}
