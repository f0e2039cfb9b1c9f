/// The persona view: filter text, selected persona and appearance, which column has focus.
public struct PersonaViewState: Equatable, Sendable {
    public var filter = ""
    public var typing = false
    public var selected = 0
    public var appearance = 0
    public var onAppearances = false

    public init() {}
}
