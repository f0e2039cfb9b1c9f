import LokaalCore

/// The timeline: every milestone of every region (or of the marked ones) by date, past ones dimmed,
/// today's line where today falls, contradictions flagged `⚠`, under an honest line saying the call is from 2023.
enum TimelineView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ look: Look) {
        let l = TimelineLayout.current(s, atlas)
        let header = l.header(lang: s.lang, today: s.today, cols: s.cols)
        for (i, line) in header.enumerated() { screen.put(line, row: 1 + i, col: 1, style: .label, width: s.cols - 2) }
        let top = l.listTop(lang: s.lang, today: s.today, cols: s.cols)
        let height = l.listHeight(rows: s.rows, cols: s.cols, lang: s.lang, today: s.today)
        guard !l.entries.isEmpty else {
            screen.put(UIText.noMilestones[s.lang], row: top, col: 2, style: .dim, width: s.cols - 3)
            return
        }
        let selected = TimelineLayout.selection(s, l)
        let item = l.items[selected]
        // The selected milestone a third of the way down, as far as the list allows.
        var scroll = ListViewport(count: l.lines.count, height: height).offset(showing: item.lowerBound, fromTop: height / 3)
        // The top row starts a milestone: a milestone cut at the top would show its text without its date and region.
        if let cut = l.items.first(where: { $0.lowerBound < scroll && scroll < $0.upperBound }), cut.upperBound <= item.lowerBound {
            scroll = cut.upperBound
        }
        let width = TimelineLayout.width(cols: s.cols)
        for (y, line) in l.lines.dropFirst(scroll).prefix(height).enumerated() {
            let row = top + y
            let index = scroll + y
            let isSelected = line.item == selected
            let past = line.item.map { l.entries[$0].isPast(today: s.today) } ?? false
            let style: Style = switch line.kind {
            case .today: .today
            case .relativeHeading: .dim
            case .entry: isSelected ? (past ? .selectedDim : .selected) : (past ? .past : .normal)
            }
            if isSelected { screen.fill(Rect(top: row, left: 0, height: 1, width: s.cols), style: style) }
            if isSelected && index == item.lowerBound {
                screen.put(look.marker, row: row, col: 0, style: style)
                screen.cursor = (row, 0)
            }
            screen.put(line.text, row: row, col: 2, style: style, width: width)
            if let c = line.flagColumn, c < width, !isSelected {
                screen.restyle(row: row, from: 2 + c, to: 2 + c + DisplayWidth.of(FactText.mark), style: .warning)
            }
        }
    }
}
