/// A rectangle of screen cells: top-left corner and size.
public struct Rect: Equatable, Sendable {
    public var top: Int
    public var left: Int
    public var height: Int
    public var width: Int

    public init(top: Int, left: Int, height: Int, width: Int) {
        self.top = top; self.left = left; self.height = max(0, height); self.width = max(0, width)
    }

    public var bottom: Int { top + height }
    public var right: Int { left + width }
    public static let zero = Rect(top: 0, left: 0, height: 0, width: 0)

    public func contains(row: Int, col: Int) -> Bool { row >= top && row < bottom && col >= left && col < right }

    func clipped(rows: Int, cols: Int) -> Rect {
        let t = max(0, top), l = max(0, left)
        return Rect(top: t, left: l, height: min(bottom, rows) - t, width: min(right, cols) - l)
    }
}
