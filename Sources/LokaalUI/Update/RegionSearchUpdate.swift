import LokaalCore

/// The `/` search of the current region: type the query, find its lines in every section, step through them with n and N.
public enum RegionSearchUpdate {
    static func key(_ s: inout AppState, _ key: Key, _ atlas: Atlas) {
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        switch key {
        case .escape: s.search = SearchState()
        case .enter:
            s.search.typing = false
            if s.search.query.isEmpty { s.search = SearchState() }
        case .backspace:
            if s.search.query.isEmpty { s.search = SearchState(); return }
            s.search.query.removeLast()
            recompute(&s, atlas, layout, jump: true)
        case .char(let c):
            s.search.query.append(c)
            recompute(&s, atlas, layout, jump: true)
        default: break
        }
    }

    /// Every line of a region, in every section (and every challenge), containing the query.
    public static func matches(query: String, region: Int, atlas: Atlas, width: Int, lang: Lang, today: String) -> [SearchState.Match] {
        let q = TextFolding.fold(query)
        guard !q.isEmpty, width > 0, atlas.regions.indices.contains(region) else { return [] }
        return SearchLines.of(region: region, atlas: atlas, width: width, lang: lang, today: today)
            .filter { TextFolding.contains(folded: $0.folded, q) }
            .map(\.match)
    }

    /// The same, computed from scratch without the kept layouts: the reference the cached search is tested against.
    public static func matches(query: String, region: Region, width: Int, lang: Lang, today: String) -> [SearchState.Match] {
        let q = TextFolding.fold(query)
        guard !q.isEmpty, width > 0 else { return [] }
        var out: [SearchState.Match] = []
        for (si, section) in SectionCatalogue.order.enumerated() {
            let docs: [Int?] = section == .challenges ? region.challenges.indices.map { Optional($0) } : [nil]
            for open in docs {
                let m = ContentModel(region: region, section: section, openChallenge: open, width: width, lang: lang, today: today)
                // Folding is slow: one fold of the whole text rules out most sections before folding line by line.
                guard ByteText.contains(TextFolding.fold(m.lines.map(\.text).joined(separator: "\n")), q) else { continue }
                for (li, line) in m.lines.enumerated() where ByteText.contains(TextFolding.fold(line.text), q) {
                    out.append(.init(section: si, openChallenge: open, line: li))
                }
            }
        }
        return out
    }

    static func recompute(_ s: inout AppState, _ atlas: Atlas, _ layout: Layout, jump: Bool) {
        guard atlas.regions.indices.contains(s.region), !layout.tooSmall else { s.search.matches = []; s.search.current = nil; s.search.width = nil; return }
        s.search.matches = matches(query: s.search.query, region: s.region, atlas: atlas, width: layout.textWidth, lang: s.lang, today: s.today)
        s.search.width = layout.textWidth
        guard !s.search.matches.isEmpty else { s.search.current = nil; return }
        if jump {
            // The first match at or after where the reader is.
            let here = (s.section, s.openChallenge ?? -1, s.scroll)
            let i = s.search.matches.firstIndex { ($0.section, $0.openChallenge ?? -1, $0.line) >= here } ?? 0
            go(&s, to: i, atlas, layout)
        } else if let c = s.search.current {
            s.search.current = min(c, s.search.matches.count - 1)
        }
    }

    static func step(_ s: inout AppState, _ delta: Int, _ atlas: Atlas, _ layout: Layout) {
        if s.search.query.isEmpty {
            s.status = UIText.noSearchYet[s.lang]
            return
        }
        let n = s.search.matches.count
        guard n > 0 else { s.status = UIText.noMatchesFor(s.lang, s.search.query); return }
        let next = ((s.search.current ?? (delta > 0 ? -1 : 0)) + delta + n) % n
        go(&s, to: next, atlas, layout)
    }

    static func go(_ s: inout AppState, to i: Int, _ atlas: Atlas, _ layout: Layout) {
        let m = s.search.matches[i]
        s.search.current = i
        s.section = m.section
        s.openChallenge = m.openChallenge
        if let o = m.openChallenge { s.challenge = o }
        s.focus = .content
        s.scroll = DerivedData.contentViewport(s, atlas, layout).offset(showing: m.line, fromTop: layout.content.height / 3)
    }
}
