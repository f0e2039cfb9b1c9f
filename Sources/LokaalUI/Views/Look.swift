/// How the browser looks: the selection marker and whether colour may be used.
///
/// Views draw marker glyphs from here; the backend maps ``Style``s to colours
/// when `color` is true and to attributes only (bold, reverse, underline) when not.
public struct Look: Equatable, Sendable {
    public var color: Bool
    public var marker = "▶"

    public init(color: Bool) { self.color = color }

    public static let standard = Look(color: true)
    public static let mono = Look(color: false)
}
