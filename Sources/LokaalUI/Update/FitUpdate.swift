import LokaalCore

/// Keys in the fit view: type the offer (the needs are ranked again on every key), move through the hits,
/// open one in its region.
///
/// A challenge opens in the Challenges section, a service need in the Services
/// section scrolled to it; Esc there comes back to the fit view with the offer
/// and the selection as they were.
enum FitUpdate {
    /// A key while the offer is typed: letters go in, Backspace takes out, Enter and ↓ go to the hits,
    /// Esc stops typing (and, with nothing typed, closes the view).
    static func typing(_ s: inout AppState, _ key: Key) {
        switch key {
        case .escape:
            if s.fitView.text.isEmpty { s.mode = .browse }
            s.fitView.typing = false
        case .enter, .down: s.fitView.typing = false; return
        case .backspace: if !s.fitView.text.isEmpty { s.fitView.text.removeLast() }
        case .char(let c): s.fitView.text.append(c)
        default: return
        }
        s.fitView.selected = 0
    }

    /// Handles an action in the fit view; nil when it is not the view's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        let list = DerivedData.fitHits(s, atlas).hits
        var hits = ListViewport(count: list.count, height: 0, selection: s.fitView.selected)
        let page = FitRows.visible(rows: layout.rows)
        switch action {
        case .up: hits.move(by: -1)
        case .down: hits.move(by: 1)
        case .pageUp: hits.move(by: -page)
        case .pageDown: hits.move(by: page)
        case .top: hits.select(0)
        case .bottom: hits.select(hits.lastIndex)
        case .search, .show(.fit): s.fitView.typing = true
        case .open:
            if list.indices.contains(hits.selection) { open(&s, list[hits.selection].item, atlas, layout) }
            return []
        default: return nil
        }
        s.fitView.selected = hits.selection
        return []
    }

    /// Opens an item in its region, as the browser shows it; Esc comes back to the fit view.
    static func open(_ s: inout AppState, _ item: FitItem, _ atlas: Atlas, _ layout: Layout) {
        guard let r = atlas.regions.firstIndex(where: { $0.id == item.regionID }) else { return }
        s.mode = .browse
        // Another region: its contact, challenge and scroll start afresh, as when it is selected in the list.
        BrowseUpdate.selectRegion(&s, r, atlas)
        s.search = SearchState()
        s.focus = .content
        s.scroll = 0
        s.returnTo = .fit
        switch item.kind {
        case .challenge:
            s.section = SectionCatalogue.index(of: .challenges)!
            let c = item.number - 1
            if atlas.regions[r].challenges.indices.contains(c) { s.challenge = c; s.openChallenge = c }
        case .service:
            s.section = SectionCatalogue.index(of: .services)!
            s.openChallenge = nil
            guard !layout.tooSmall, let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth),
                  let line = serviceLine(item.number, in: m) else { break }
            s.scroll = DerivedData.contentViewport(s, atlas, layout).offset(showing: line, fromTop: 1)
        }
        s.status = item.id + " · " + Sanitizer.clean(item.title)
    }

    /// The first line of service `number` in the Services section: the one that starts `number. ` after a blank line.
    static func serviceLine(_ number: Int, in m: ContentModel) -> Int? {
        let start = "\(number). "
        return m.lines.indices.first { i in
            (i == 0 || m.lines[i - 1].text.allSatisfy(\.isWhitespace)) && m.lines[i].text.drop { $0 == " " }.hasPrefix(start)
        }
    }
}
