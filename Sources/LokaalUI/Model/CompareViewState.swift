import LokaalCore

/// The comparison: which regions, vertical scroll, first visible column, selected column, only-differences.
public struct CompareViewState: Equatable, Sendable {
    public var regions: [Int] = []
    public var scroll = 0
    public var firstColumn = 0
    public var column = 0
    public var onlyDifferences = false
    /// The comparison of `regions`, built once when the view opens: it tags every look, too slow to repeat per key and frame.
    public var comparison: Comparison?
    /// The comparison laid out for the terminal's width, kept until the width or the columns change.
    public var layout: CompareLayout?

    public init(regions: [Int] = []) { self.regions = regions }
}
