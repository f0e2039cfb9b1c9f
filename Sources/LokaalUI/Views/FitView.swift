import LokaalCore

/// The fit view: the offer being typed, then every challenge and service need it fits, best first,
/// each on two lines — region, item, a score bar and the title; then why it fits.
///
/// The bar shows a hit's score as a share of the best hit's (BM25 scores compare
/// within one ranking only). The reasons are compact: `schuld→schuldbemiddeling
/// (compound)` for a word of the offer that met a word of the item, `debts
/// theme` for a theme the offer signals. Text with only stop words says so
/// instead of showing an empty list. Everything from the data or the keyboard is
/// sanitized; the list scrolls with ``ListViewport``.
enum FitView {
    static func draw(_ screen: inout Screen, _ atlas: Atlas, _ s: AppState, _ look: Look) {
        let v = s.fitView, top = FitRows.top
        let (hits, meaningless) = DerivedData.fitHits(s, atlas)
        let n = hits.count
        let count = n == 0 ? "" : "  (\(n) \((n == 1 ? UIText.fitHit : UIText.fitHits)[s.lang]))"
        // A long offer gives way from the left, so that its end and the count stay in view.
        let label = UIText.fitPrompt[s.lang]
        let room = s.cols - 2 - DisplayWidth.of(count) - DisplayWidth.of(label)
        let full = Sanitizer.clean(v.text) + (v.typing ? "▏" : "")
        let typed = room >= 4 ? Wrapper.truncateHead(full, width: room) : full
        let prompt = label + typed
        screen.put(prompt + count, row: 1, col: 1, style: v.typing ? .status : .label, width: s.cols - 2)
        if v.typing { screen.cursor = (1, 1 + min(s.cols - 2, DisplayWidth.of(prompt) - 1)) }
        let width = s.cols - 2
        if n == 0 {
            let why = v.text.allSatisfy(\.isWhitespace) ? UIText.fitIntro[s.lang]
                : meaningless ? UIText.fitMeaningless(s.lang, Sanitizer.clean(v.text)) : UIText.fitNothing[s.lang]
            for (i, line) in Wrapper.wrap(why, width: max(1, width - 2)).prefix(max(0, s.rows - top - 1)).enumerated() {
                screen.put(line, row: top + i, col: 2, style: .dim, width: width - 1)
            }
            return
        }
        let best = max(hits[0].score, .leastNonzeroMagnitude)
        let names = hits.map { atlas.region(id: $0.item.regionID).map { Sanitizer.clean($0.name) } ?? Sanitizer.clean($0.item.regionID) }
        let nameWidth = min(names.map(DisplayWidth.of).max() ?? 0, max(6, width / 5))
        let idWidth = hits.map { $0.item.id.count }.max() ?? 2
        let cells = width >= 100 ? 10 : (width >= 60 ? 6 : 3)
        let visible = FitRows.visible(rows: s.rows)
        let offset = ListViewport(count: n, height: visible, selection: v.selected).centredOffset
        for (i, hit) in hits.enumerated().dropFirst(offset).prefix(visible) {
            let row = top + 2 * (i - offset)
            let selected = i == v.selected && !v.typing
            if selected {
                screen.fill(Rect(top: row, left: 0, height: min(2, s.rows - 1 - row), width: s.cols), style: .selected)
                screen.put(look.marker, row: row, col: 1, style: .selected)
                screen.cursor = (row, 1)
            }
            var col = 3
            col += screen.put(pad(Wrapper.truncate(names[i], width: nameWidth), nameWidth) + " ", row: row, col: col, style: selected ? .selected : .heading, width: s.cols - 1 - col)
            col += screen.put(pad(hit.item.id, idWidth) + " ", row: row, col: col, style: selected ? .selected : .label, width: s.cols - 1 - col)
            let percent = Int((hit.score / best * 100).rounded())
            col += screen.put(Bar.glyphs(percent: percent, cells: cells) + " ", row: row, col: col, style: selected ? .selected : .bar, width: s.cols - 1 - col)
            col += screen.put(Bar.pad3(percent) + "% ", row: row, col: col, style: selected ? .selected : .dim, width: s.cols - 1 - col)
            if col < s.cols - 2 {
                screen.put(Wrapper.truncate(Sanitizer.clean(hit.item.title), width: s.cols - 1 - col), row: row, col: col, style: selected ? .selected : .normal)
            }
            if row + 1 < s.rows - 1 {
                let why = UIText.fitWhy[s.lang] + reasons(hit, atlas, s.lang)
                screen.put(Wrapper.truncate(why, width: max(0, s.cols - 6)), row: row + 1, col: 5, style: selected ? .selectedDim : .dim)
            }
        }
    }

    /// Why a hit fits, compactly: each word of the offer and the words of the item it met (two, then how many
    /// more), and how (unless the same word): `schuldhulpverlening→schuldenlast/hulpverlening/+2 (compound)`;
    /// then each theme the offer signals.
    static func reasons(_ hit: FitHit, _ atlas: Atlas, _ lang: Lang) -> String {
        // One piece per word of the offer and way of meeting, in the offer's order, naming each matched word once.
        var pieces: [(key: String, matched: [String])] = []
        var themes: [String] = []
        for r in hit.reasons {
            if r.via == .theme {
                let id = r.theme ?? ""
                let name = atlas.vocabulary.themes.first { $0.id == id }?.label(lang).lowercased() ?? id
                let piece = UIText.fitTheme(lang, Sanitizer.clean(name))
                if !themes.contains(piece) { themes.append(piece) }
                continue
            }
            let key = Sanitizer.clean(r.query) + "\u{0}" + (r.via == .exact ? "" : " (\(r.via.rawValue))")
            let matched = Sanitizer.clean(r.matched)
            if let i = pieces.firstIndex(where: { $0.key == key }) {
                if !pieces[i].matched.contains(where: { $0.lowercased() == matched.lowercased() }) { pieces[i].matched.append(matched) }
            } else {
                pieces.append((key, [matched]))
            }
        }
        let words = pieces.map { p in
            let parts = p.key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            // Two of the item's words at most, so that the way (and the next word) stays in view.
            let more = p.matched.count > 2 ? "/+\(p.matched.count - 2)" : ""
            return parts[0] + "→" + p.matched.prefix(2).joined(separator: "/") + more + (parts.count > 1 ? parts[1] : "")
        }
        return (words + themes).joined(separator: ", ")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
