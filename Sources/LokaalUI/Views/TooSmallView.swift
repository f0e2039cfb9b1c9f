import LokaalCore

/// The screen shown when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(_ screen: inout Screen, lang: Lang) {
        guard screen.rows > 0, screen.cols > 0 else { return }
        let need = "\(Layout.minCols)×\(Layout.minRows)"
        let msg = UIText.tooSmall(lang, need)
        let lines = Wrapper.wrap(msg, width: screen.cols)
        let top = max(0, (screen.rows - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < screen.rows {
            screen.put(l, row: top + i, col: max(0, (screen.cols - DisplayWidth.of(l)) / 2), style: .error)
        }
    }
}
