import LokaalCore

/// Keys in the browser's three panes: move, open, go back, jump to a section, mark and compare, copy a contact.
enum BrowseUpdate {
    /// Handles an action in the browser; nil when it is not the browser's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        let page = max(1, layout.content.height - 1)
        switch action {
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
        case .mark: toggleMark(&s, atlas)
        case .compare:
            if s.marked.count >= 2 { s.compareView = CompareViewState(regions: s.marked); s.mode = .compare }
            else { s.status = UIText.markHint[s.lang] }
        case .onlyDifferences, .nextDifference, .previousDifference: s.status = UIText.markHint[s.lang]
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
            else { s.status = UIText.pressQToQuit[s.lang] }
        case let .section(n): selectSection(&s, n)
        case .search:
            s.search = SearchState(typing: true)
        case .nextMatch: RegionSearchUpdate.step(&s, 1, atlas, layout)
        case .previousMatch: RegionSearchUpdate.step(&s, -1, atlas, layout)
        case .moreLikeThis: return SimilarUpdate.enter(&s, atlas, layout)
        case .help, .quit, .redraw, .suspend, .show: return nil
        }
        return []
    }

    static func toggleMark(_ s: inout AppState, _ atlas: Atlas) {
        if let i = s.marked.firstIndex(of: s.region) { s.marked.remove(at: i) }
        else if s.marked.count >= 4 { s.status = UIText.markHint[s.lang]; return }
        else { s.marked.append(s.region) }
        let names = s.marked.map { atlas.regions[$0].name }.joined(separator: ", ")
        s.status = s.marked.isEmpty ? nil : "\(UIText.marked[s.lang]): \(names)" + (s.marked.count >= 2 ? " — c" : "")
    }

    /// The copy effect for a region: one person (`y`), the whole block (`Y`) or a vCard (`v`).
    static func copyEffect(_ action: Action, region r: Region, person: Int, lang: Lang) -> Effect {
        let p = r.contacts.people[min(max(0, person), r.contacts.people.count - 1)]
        switch action {
        case .copyBlock: return .copy(text: ContactText.block(r), what: UIText.contactsOf(lang, r.name))
        case .copyVCard: return .copy(text: VCard.make(p, region: r), what: UIText.vcardOf(lang, p.name))
        default: return .copy(text: ContactText.person(p), what: UIText.contactOf(lang, p.name))
        }
    }

    static func selectRegion(_ s: inout AppState, _ i: Int, _ atlas: Atlas) {
        guard !atlas.regions.isEmpty else { return }
        var regions = ListViewport(count: atlas.regions.count, height: 0, selection: i)
        regions.clamp()
        let new = regions.selection
        if new != s.region {
            s.region = new; s.scroll = 0; s.challenge = 0; s.openChallenge = nil; s.person = 0
            s.search = SearchState()
        }
    }

    static func selectSection(_ s: inout AppState, _ i: Int) {
        var sections = ListViewport(count: SectionCatalogue.order.count, height: 0, selection: i)
        sections.clamp()
        let new = sections.selection
        if new != s.section { s.section = new; s.scroll = 0; s.openChallenge = nil; s.challenge = 0; s.person = 0 }
    }

    static func move(_ s: inout AppState, _ delta: Int, _ atlas: Atlas, _ layout: Layout) {
        switch s.focus {
        case .regions: selectRegion(&s, s.region + delta, atlas)
        case .sections: selectSection(&s, s.section + delta)
        case .content:
            if s.currentSection == .challenges, s.openChallenge == nil, !atlas.regions.isEmpty {
                var challenges = ListViewport(count: atlas.regions[s.region].challenges.count, height: 0, selection: s.challenge)
                challenges.move(by: delta)
                s.challenge = challenges.selection
                keepSelectionVisible(&s, atlas, layout)
            } else if s.currentSection == .contacts, !atlas.regions.isEmpty {
                var people = ListViewport(count: atlas.regions[s.region].contacts.people.count, height: 0, selection: s.person)
                people.move(by: delta)
                s.person = people.selection
                keepSelectionVisible(&s, atlas, layout)
            } else {
                scrollContent(&s, by: delta, atlas, layout)
            }
        }
    }

    static func scrollContent(_ s: inout AppState, by delta: Int, _ atlas: Atlas, _ layout: Layout) {
        var view = DerivedData.contentViewport(s, atlas, layout)
        view.scroll(by: delta)
        s.scroll = view.offset
    }

    static func keepSelectionVisible(_ s: inout AppState, _ atlas: Atlas, _ layout: Layout) {
        guard let m = ContentModel.current(s, atlas: atlas, width: layout.textWidth), m.items.indices.contains(s.selectedItem) else { return }
        var view = ListViewport(count: m.lines.count, height: layout.content.height, offset: s.scroll)
        view.keepInView(m.items[s.selectedItem])
        s.scroll = view.offset
    }
}
