/// A window of `height` rows over a list of `count` rows, with a selected row: the one place lists and panes clamp and keep in view.
///
/// Every list and scrolling pane of the browser (regions, sections, content,
/// personas, search results, the theme grid and its list, help, comparison)
/// moves its selection and offset through this value, so "at most the last
/// row", "never above the first" and "the selection stays in view" are written once.
/// Rows are whatever the list counts (regions of two lines count as one).
public struct ListViewport: Equatable, Sendable {
    public var count: Int
    public var height: Int
    public var selection: Int
    public var offset: Int

    public init(count: Int, height: Int, selection: Int = 0, offset: Int = 0) {
        self.count = count; self.height = height; self.selection = selection; self.offset = offset
    }

    /// The furthest the window scrolls: the last row at the bottom.
    public var maxOffset: Int { max(0, count - height) }
    /// The last selectable row (0 when the list is empty).
    public var lastIndex: Int { max(0, count - 1) }

    /// Moves the selection by `delta` rows, stopping at the first and the last.
    public mutating func move(by delta: Int) { select(selection + delta) }

    /// Selects a row, clamped to the list.
    public mutating func select(_ row: Int) { selection = min(max(0, row), lastIndex) }

    /// Scrolls the window by `delta` rows, stopping at the top and at ``maxOffset``.
    public mutating func scroll(by delta: Int) { scroll(to: offset + delta) }

    /// Scrolls the window to `row`, clamped.
    public mutating func scroll(to row: Int) { offset = min(max(0, row), maxOffset) }

    /// Both clamped: the selection within the list, the offset within ``maxOffset``.
    public mutating func clamp() { select(selection); scroll(to: offset) }

    /// The window that shows the selection in its middle (as far as the list allows): the lists that follow the selection.
    public var centredOffset: Int {
        guard count > height else { return 0 }
        return min(max(0, selection - height / 2), maxOffset)
    }

    /// The window that shows `row` at `fromTop` rows below its top (as far as the list allows).
    public func offset(showing row: Int, fromTop: Int) -> Int {
        max(0, min(row - fromTop, count - height))
    }

    /// Scrolls as little as needed for the selected row to be in view (the comparison's columns).
    public mutating func keepSelectionInView() {
        if selection < offset { offset = selection }
        if selection >= offset + max(1, height) { offset = selection - max(1, height) + 1 }
    }

    /// Scrolls so that a selected item spanning `item` rows is in view: one row of context above it when
    /// scrolling up; its end in view when scrolling down, but never past its first row (an item taller
    /// than the window shows from its top).
    public mutating func keepInView(_ item: Range<Int>) {
        let h = max(1, height)
        if item.lowerBound < offset { offset = max(0, item.lowerBound - 1) }
        if item.upperBound > offset + h { offset = min(item.upperBound - h, item.lowerBound, max(0, count - h)) }
        offset = max(0, min(offset, max(0, count - h)))
    }
}
