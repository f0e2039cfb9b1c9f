import LokaalCore

/// The fallback when nothing could copy: the text in a box, ready to select by hand.
enum PopupView {
    static func draw(_ screen: inout Screen, text: String, lang: Lang) {
        let width = min(screen.cols - 2, 76)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { Wrapper.wrap(Sanitizer.clean(String($0)), width: max(1, width - 4)) }
        let height = min(screen.rows - 2, body.count + 2)
        guard width > 8, height > 2 else { return }
        let top = (screen.rows - height) / 2, left = (screen.cols - width) / 2
        screen.fill(Rect(top: top, left: left, height: height, width: width), style: .overlay)
        screen.put(Wrapper.pad(UIText.copyPopupTitle[lang], width: width), row: top, col: left, style: .overlayTitle)
        for (i, line) in body.prefix(height - 2).enumerated() {
            screen.put(line, row: top + 1 + i, col: left + 2, style: .overlay, width: width - 4)
        }
        screen.cursor = nil
    }
}
