/// Where each pane goes for a screen size: three columns when wide, stacked when narrow, or too small.
public struct Layout: Equatable, Sendable {
    public static let minCols = 40
    public static let minRows = 10

    public let rows: Int
    public let cols: Int
    public let tooSmall: Bool
    /// True when the panes are stacked (narrow terminals).
    public let stacked: Bool
    public let header: Rect
    public let footer: Rect
    public let regions: Rect
    public let sections: Rect
    public let content: Rect
    /// Lines per region in the region list (2 when wide: name and municipalities).
    public let regionLines: Int

    public init(rows: Int, cols: Int, regionCount: Int) {
        self.rows = rows; self.cols = cols
        tooSmall = cols < Self.minCols || rows < Self.minRows
        header = Rect(top: 0, left: 0, height: 1, width: cols)
        footer = Rect(top: rows - 1, left: 0, height: 1, width: cols)
        let bodyTop = 1, bodyHeight = max(0, rows - 2)
        if tooSmall {
            stacked = false; regionLines = 1
            regions = .zero; sections = .zero; content = .zero
        } else if cols >= 60 {
            stacked = false; regionLines = 2
            let rw = cols >= 120 ? 28 : (cols >= 80 ? 22 : 18)
            let sw = cols >= 100 ? 18 : 16
            regions = Rect(top: bodyTop, left: 0, height: bodyHeight, width: rw)
            sections = Rect(top: bodyTop, left: rw + 1, height: bodyHeight, width: sw)
            content = Rect(top: bodyTop, left: rw + sw + 2, height: bodyHeight, width: cols - rw - sw - 2)
        } else {
            stacked = true; regionLines = 1
            let rh = min(max(1, regionCount), max(2, bodyHeight / 4))
            regions = Rect(top: bodyTop, left: 0, height: rh, width: cols)
            sections = Rect(top: bodyTop + rh, left: 0, height: 1, width: cols)
            content = Rect(top: bodyTop + rh + 2, left: 0, height: bodyHeight - rh - 2, width: cols)
        }
    }

    /// The region list as a viewport: one row per region, of ``regionLines`` lines each.
    public func regionList(count: Int, selected: Int) -> ListViewport {
        ListViewport(count: count, height: max(1, regions.height / max(1, regionLines)), selection: selected)
    }

    /// The width text gets in the content pane (one column is the scroll bar).
    public var textWidth: Int { max(1, content.width - 3) }
}
