import LokaalCore

/// The comparison: regions side by side, rows aligned, scrolled together.
enum CompareView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState) {
        let l = DerivedData.compareLayout(s, atlas, width: s.cols)
        screen.put(l.header, row: 1, col: 0, width: s.cols)
        let h = s.rows - 3
        for (y, line) in l.lines.dropFirst(s.compareView.scroll).prefix(h).enumerated() {
            screen.put(line, row: 2 + y, col: 0, width: s.cols)
        }
    }
}
