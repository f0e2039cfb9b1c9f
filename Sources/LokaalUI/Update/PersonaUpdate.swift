import LokaalCore

/// Keys in the persona view: filter, select a persona and one of its challenges, jump there.
enum PersonaUpdate {
    static func entries(_ s: AppState, _ atlas: Atlas) -> [PersonaEntry] {
        PersonaFinder.find(s.personaView.filter, in: atlas).map(\.entry)
    }

    static func typing(_ s: inout AppState, _ key: Key) {
        switch key {
        case .escape: s.personaView.filter = ""; s.personaView.typing = false
        case .enter: s.personaView.typing = false
        case .backspace:
            if s.personaView.filter.isEmpty { s.personaView.typing = false } else { s.personaView.filter.removeLast() }
        case .char(let c): s.personaView.filter.append(c)
        default: return
        }
        s.personaView.selected = 0
        s.personaView.appearance = 0
        s.personaView.onAppearances = false
    }

    /// Handles an action in the persona view; nil when it is not the view's (a global key or a move to another mode).
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        let list = entries(s, atlas)
        var v = s.personaView
        defer { s.personaView = v }
        func move(_ d: Int) {
            if v.onAppearances, list.indices.contains(v.selected) {
                var appearances = ListViewport(count: list[v.selected].appearances.count, height: 0, selection: v.appearance)
                appearances.move(by: d)
                v.appearance = appearances.selection
            } else {
                var personas = ListViewport(count: list.count, height: 0, selection: v.selected)
                personas.move(by: d)
                v.selected = personas.selection
                v.appearance = 0
            }
        }
        let page = max(1, layout.content.height - 2)
        switch action {
        case .up: move(-1)
        case .down: move(1)
        case .pageUp: move(-page)
        case .pageDown: move(page)
        case .top: move(-1_000_000)
        case .bottom: move(1_000_000)
        case .nextPane: if list.indices.contains(v.selected) { v.onAppearances = true }
        case .previousPane: v.onAppearances = false
        case .search: v.typing = true
        case .open:
            guard list.indices.contains(v.selected) else { return [] }
            if !v.onAppearances { v.onAppearances = true; return [] }
            let a = list[v.selected].appearances[min(v.appearance, list[v.selected].appearances.count - 1)]
            guard let r = atlas.regions.firstIndex(where: { $0.id == a.regionID }),
                  let c = atlas.regions[r].challenges.firstIndex(where: { $0.number == a.challenge }) else { return [] }
            OpenInRegion.open(&s, region: r, section: .challenges, challenge: c, returnTo: .personas, atlas)
        case .back:
            if v.onAppearances { v.onAppearances = false }
            else if !v.filter.isEmpty { v.filter = ""; v.selected = 0; v.appearance = 0 }
            else { return nil }
        default: return nil
        }
        return []
    }
}
