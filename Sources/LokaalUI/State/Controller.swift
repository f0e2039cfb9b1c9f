import LokaalCore

/// The browser's state machine: `(state, key) → (state, effects)`, with no terminal.
///
/// Keys resolve to actions through the ``Keymap``; text input goes to the
/// help filter or the search prompt when those are open.
public enum Controller {
    /// Applies a key (or the mouse event or resize it carries): ``update(_:event:atlas:keymap:)`` of ``Event/init(_:)``.
    public static func update(_ s: inout AppState, key: Key, atlas: Atlas, keymap: Keymap = .standard) -> [Effect] {
        update(&s, event: Event(key), atlas: atlas, keymap: keymap)
    }

    /// The only place the browser's state changes: applies one event and returns what the runtime should do.
    public static func update(_ s: inout AppState, event: Event, atlas: Atlas, keymap: Keymap = .standard) -> [Effect] {
        defer { DerivedData.refresh(&s, atlas) }
        switch event {
        case let .resize(rows, cols):
            s.rows = max(0, rows); s.cols = max(0, cols)
            clamp(&s, atlas, keymap: keymap)
            return []
        case let .copyFinished(result):
            copied(&s, result)
            return []
        case let .key(key):
            return press(&s, key, atlas, keymap)
        case .click, .wheel:
            return mouse(&s, event, atlas)
        }
    }

    /// A mouse event: as a key would, it closes nothing and types nothing while a popup, the help or a prompt has the keyboard.
    static func mouse(_ s: inout AppState, _ event: Event, _ atlas: Atlas) -> [Effect] {
        if s.popup != nil || s.help != nil { return [] }
        if s.search.typing || (s.mode == .personas && s.personaView.typing) || (s.mode == .results && s.results.typing) { return [] }
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        switch event {
        case let .click(row, col): if s.mode == .browse { click(&s, row, col, layout, atlas) }
        case let .wheel(lines): scrollContent(&s, by: lines, atlas, layout)
        default: break
        }
        return []
    }

    static func press(_ s: inout AppState, _ key: Key, _ atlas: Atlas, _ keymap: Keymap) -> [Effect] {
        if s.popup != nil {
            if key == .escape || key == .enter || key == .char("q") || key == .backspace { s.popup = nil }
            return key == .ctrl("l") ? [.redraw] : []
        }
        if s.help != nil { return helpKey(&s, key, keymap) }
        if s.search.typing { searchKey(&s, key, atlas); return [] }
        if s.mode == .personas, s.personaView.typing { PersonaController.typing(&s, key); return [] }
        if s.mode == .results, s.results.typing { ResultsController.typing(&s, key); return [] }
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        guard let action = keymap.action(for: key, in: s.mode) else {
            if key != .unknown { s.status = S.unboundKey(s.lang, key.label) }
            return []
        }
        s.status = nil
        switch s.mode {
        case .personas: if let e = PersonaController.perform(&s, action, atlas, layout) { return e }
        case .compare: if let e = CompareController.perform(&s, action, atlas, layout) { return e }
        case .themes: if let e = ThemeController.perform(&s, action, atlas, layout) { return e }
        case .results: if let e = ResultsController.perform(&s, action, atlas, layout) { return e }
        case .browse: break
        }
        return perform(&s, action, atlas, layout)
    }

    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect] {
        let page = max(1, layout.content.height - 1)
        switch action {
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .help: s.help = HelpState()
        case .up: move(&s, -1, atlas, layout)
        case .down: move(&s, 1, atlas, layout)
        case .pageUp: move(&s, -page, atlas, layout)
        case .pageDown: move(&s, page, atlas, layout)
        case .top: move(&s, -1_000_000, atlas, layout)
        case .bottom: move(&s, 1_000_000, atlas, layout)
        case .nextPane: s.focus = AppState.Focus(rawValue: min(2, s.focus.rawValue + 1))!
        case .previousPane: s.focus = AppState.Focus(rawValue: max(0, s.focus.rawValue - 1))!
        case .open:
            switch s.focus {
            case .regions: s.focus = .sections
            case .sections: s.focus = .content
            case .content:
                if s.currentSection == .challenges, s.openChallenge == nil, atlas.regions[s.region].challenges.indices.contains(s.challenge) {
                    s.openChallenge = s.challenge
                    s.scroll = 0
                }
            }
        case .personas: s.mode = .personas
        case .themes: s.mode = .themes
        case .searchAll: s.mode = .results; s.results.typing = true
        case .mark: toggleMark(&s, atlas)
        case .compare:
            if s.marked.count >= 2 { s.compareView = CompareViewState(regions: s.marked); s.mode = .compare }
            else { s.status = S.markHint[s.lang] }
        case .onlyDifferences, .nextDifference, .previousDifference: s.status = S.markHint[s.lang]
        case .copyPerson, .copyBlock, .copyVCard:
            guard atlas.regions.indices.contains(s.region) else { return [] }
            return [copyEffect(action, region: atlas.regions[s.region], person: s.person, lang: s.lang)]
        case .back:
            if let back = s.returnTo, s.focus == .content {
                s.returnTo = nil; s.mode = back; s.openChallenge = nil; s.scroll = 0; s.search = SearchState()
            }
            else if s.search.current != nil || !s.search.query.isEmpty { s.search = SearchState() }
            else if s.focus == .content, s.openChallenge != nil { s.openChallenge = nil; s.scroll = 0; keepSelectionVisible(&s, atlas, layout) }
            else if s.focus == .content { s.focus = .sections }
            else if s.focus == .sections { s.focus = .regions }
            else { s.status = S.pressQToQuit[s.lang] }
        case let .section(n): selectSection(&s, n)
        case .search:
            s.search = SearchState(typing: true)
        case .nextMatch: stepMatch(&s, 1, atlas, layout)
        case .previousMatch: stepMatch(&s, -1, atlas, layout)
        }
        return []
    }

    static func toggleMark(_ s: inout AppState, _ atlas: Atlas) {
        if let i = s.marked.firstIndex(of: s.region) { s.marked.remove(at: i) }
        else if s.marked.count >= 4 { s.status = S.markHint[s.lang]; return }
        else { s.marked.append(s.region) }
        let names = s.marked.map { atlas.regions[$0].name }.joined(separator: ", ")
        s.status = s.marked.isEmpty ? nil : "\(S.marked[s.lang]): \(names)" + (s.marked.count >= 2 ? " — c" : "")
    }

    /// The copy effect for a region: one person (`y`), the whole block (`Y`) or a vCard (`v`).
    static func copyEffect(_ action: Action, region r: Region, person: Int, lang: Lang) -> Effect {
        let p = r.contacts.people[min(max(0, person), r.contacts.people.count - 1)]
        switch action {
        case .copyBlock: return .copy(text: ContactText.block(r), what: S.contactsOf(lang, r.name))
        case .copyVCard: return .copy(text: VCard.make(p, region: r), what: S.vcardOf(lang, p.name))
        default: return .copy(text: ContactText.person(p), what: S.contactOf(lang, p.name))
        }
    }

    /// Shows what happened to a copy: a status line, or the popup with the text when nothing could copy it.
    static func copied(_ s: inout AppState, _ r: CopyResult) {
        switch r.outcome {
        case let .copied(via, confirmed):
            s.status = S.copied(s.lang, r.what) + " " + (confirmed ? "via \(via)" : "via \(via) — \(S.notConfirmed[s.lang])")
            s.popup = nil
        case let .failed(reason):
            s.status = S.couldNotCopy(s.lang, r.what) + ": " + reason
            s.popup = r.text
        }
    }

    static func selectRegion(_ s: inout AppState, _ i: Int, _ atlas: Atlas) {
        let n = atlas.regions.count
        guard n > 0 else { return }
        let new = min(max(0, i), n - 1)
        if new != s.region {
            s.region = new; s.scroll = 0; s.challenge = 0; s.openChallenge = nil; s.person = 0
            s.search = SearchState()
        }
    }

    static func selectSection(_ s: inout AppState, _ i: Int) {
        let new = min(max(0, i), SectionCatalogue.order.count - 1)
        if new != s.section { s.section = new; s.scroll = 0; s.openChallenge = nil; s.challenge = 0; s.person = 0 }
    }

    static func move(_ s: inout AppState, _ delta: Int, _ atlas: Atlas, _ layout: Layout) {
        switch s.focus {
        case .regions: selectRegion(&s, s.region + delta, atlas)
        case .sections: selectSection(&s, s.section + delta)
        case .content:
            if s.currentSection == .challenges, s.openChallenge == nil, !atlas.regions.isEmpty {
                let n = atlas.regions[s.region].challenges.count
                s.challenge = min(max(0, s.challenge + delta), max(0, n - 1))
                keepSelectionVisible(&s, atlas, layout)
            } else if s.currentSection == .contacts, !atlas.regions.isEmpty {
                let n = atlas.regions[s.region].contacts.people.count
                s.person = min(max(0, s.person + delta), max(0, n - 1))
                keepSelectionVisible(&s, atlas, layout)
            } else {
                scrollContent(&s, by: delta, atlas, layout)
            }
        }
    }

    static func maxScroll(_ s: AppState, _ atlas: Atlas, _ layout: Layout) -> Int {
        guard let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth) else { return 0 }
        return max(0, m.lines.count - layout.content.height)
    }

    static func scrollContent(_ s: inout AppState, by delta: Int, _ atlas: Atlas, _ layout: Layout) {
        s.scroll = min(max(0, s.scroll + delta), maxScroll(s, atlas, layout))
    }

    /// The selected item of the content pane (challenge in the list, or contact person).
    public static func selectedItem(_ s: AppState) -> Int {
        s.currentSection == .contacts ? s.person : s.challenge
    }

    static func keepSelectionVisible(_ s: inout AppState, _ atlas: Atlas, _ layout: Layout) {
        guard let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth), m.items.indices.contains(selectedItem(s)) else { return }
        let item = m.items[selectedItem(s)]
        let h = max(1, layout.content.height)
        if item.lowerBound < s.scroll { s.scroll = max(0, item.lowerBound - 1) }
        // Show the item's end, but never scroll past its first line (the marker's): an item taller than the view shows from its top.
        if item.upperBound > s.scroll + h { s.scroll = min(item.upperBound - h, item.lowerBound, max(0, m.lines.count - h)) }
        s.scroll = max(0, min(s.scroll, max(0, m.lines.count - h)))
    }

    /// Keeps every index and scroll valid after a resize or data change.
    static func clamp(_ s: inout AppState, _ atlas: Atlas, keymap: Keymap = .standard) {
        s.region = min(max(0, s.region), max(0, atlas.regions.count - 1))
        s.section = min(max(0, s.section), SectionCatalogue.order.count - 1)
        if !atlas.regions.isEmpty {
            let n = atlas.regions[s.region].challenges.count
            s.challenge = min(max(0, s.challenge), max(0, n - 1))
            s.person = min(max(0, s.person), max(0, atlas.regions[s.region].contacts.people.count - 1))
            s.marked = s.marked.filter { atlas.regions.indices.contains($0) }
            if let o = s.openChallenge, !(0..<n).contains(o) { s.openChallenge = nil }
        }
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        if layout.tooSmall { return }
        if var h = s.help {
            h.scroll = min(h.scroll, HelpOverlayView.maxScroll(filter: h.filter, lang: s.lang, keymap: keymap, mode: s.mode, screenRows: s.rows))
            s.help = h
        }
        s.scroll = min(max(0, s.scroll), maxScroll(s, atlas, layout))
        if s.mode == .compare { CompareController.clamp(&s, atlas, layout) }
        // The theme list keeps its place while another view shows: clamp it whichever view has the screen.
        ThemeController.clamp(&s, atlas)
        // Matches are lines at a text width: only another width finds them again.
        if !s.search.query.isEmpty, s.search.width != layout.textWidth { recomputeMatches(&s, atlas, layout, jump: false) }
    }

    // MARK: - Mouse

    static func click(_ s: inout AppState, _ row: Int, _ col: Int, _ layout: Layout, _ atlas: Atlas) {
        guard !layout.tooSmall else { return }
        if layout.regions.contains(row: row, col: col) {
            let offset = RegionListScroll.offset(selected: s.region, count: atlas.regions.count, height: layout.regions.height, lines: layout.regionLines)
            let i = offset + (row - layout.regions.top) / layout.regionLines
            if i < atlas.regions.count { selectRegion(&s, i, atlas); s.focus = .regions }
        } else if layout.sections.contains(row: row, col: col) {
            if layout.stacked { selectSection(&s, s.section + (col < layout.cols / 2 ? -1 : 1)) }
            else if row - layout.sections.top < SectionCatalogue.order.count { selectSection(&s, row - layout.sections.top) }
            s.focus = .sections
        } else if layout.content.contains(row: row, col: col) {
            s.focus = .content
            if let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth) {
                let line = s.scroll + row - layout.content.top
                if let i = m.items.firstIndex(where: { $0.contains(line) }) {
                    if s.currentSection == .contacts { s.person = i } else { s.challenge = i }
                }
            }
        }
    }

    // MARK: - Help overlay

    static func helpKey(_ s: inout AppState, _ key: Key, _ keymap: Keymap) -> [Effect] {
        guard var h = s.help else { return [] }
        switch key {
        case .escape, .char("?") where h.filter.isEmpty: s.help = nil; return []
        case .escape: s.help = nil; return []
        case .backspace:
            if h.filter.isEmpty { s.help = nil; return [] }
            h.filter.removeLast(); h.scroll = 0
        case .up: h.scroll = max(0, h.scroll - 1)
        case .down: h.scroll += 1
        case .pageUp: h.scroll = max(0, h.scroll - 10)
        case .pageDown: h.scroll += 10
        case .ctrl("l"): s.help = h; return [.redraw]
        case .char(let c): h.filter.append(c); h.scroll = 0
        case .enter: s.help = nil; return []
        default: break
        }
        // Scrolling stops with the last rows in view, so Up answers at once.
        h.scroll = min(h.scroll, HelpOverlayView.maxScroll(filter: h.filter, lang: s.lang, keymap: keymap, mode: s.mode, screenRows: s.rows))
        s.help = h
        return []
    }

    // MARK: - Search

    static func searchKey(_ s: inout AppState, _ key: Key, _ atlas: Atlas) {
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        switch key {
        case .escape: s.search = SearchState()
        case .enter:
            s.search.typing = false
            if s.search.query.isEmpty { s.search = SearchState() }
        case .backspace:
            if s.search.query.isEmpty { s.search = SearchState(); return }
            s.search.query.removeLast()
            recomputeMatches(&s, atlas, layout, jump: true)
        case .char(let c):
            s.search.query.append(c)
            recomputeMatches(&s, atlas, layout, jump: true)
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
                guard TextFolding.fold(m.lines.map(\.text).joined(separator: "\n")).contains(q) else { continue }
                for (li, line) in m.lines.enumerated() where TextFolding.fold(line.text).contains(q) {
                    out.append(.init(section: si, openChallenge: open, line: li))
                }
            }
        }
        return out
    }

    static func recomputeMatches(_ s: inout AppState, _ atlas: Atlas, _ layout: Layout, jump: Bool) {
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

    static func stepMatch(_ s: inout AppState, _ delta: Int, _ atlas: Atlas, _ layout: Layout) {
        if s.search.query.isEmpty {
            s.status = S.noSearchYet[s.lang]
            return
        }
        let n = s.search.matches.count
        guard n > 0 else { s.status = S.noMatchesFor(s.lang, s.search.query); return }
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
        s.scroll = max(0, min(m.line - layout.content.height / 3, maxScroll(s, atlas, layout)))
    }
}
