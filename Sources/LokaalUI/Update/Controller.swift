import LokaalCore

/// The browser's state machine: `(state, event) → (state, effects)`, with no terminal; the router of the updates.
///
/// The only place that knows every mode. A key goes to whatever has the
/// keyboard (popup, help, a prompt), else it resolves to an action through the
/// ``Keymap`` and goes to the current mode's update; what the mode does not
/// handle goes to ``ModeTransitions``, then to the global actions.
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
            return MouseUpdate.event(&s, event, atlas)
        }
    }

    static func press(_ s: inout AppState, _ key: Key, _ atlas: Atlas, _ keymap: Keymap) -> [Effect] {
        if s.popup != nil {
            if key == .escape || key == .enter || key == .char("q") || key == .backspace { s.popup = nil }
            return key == .ctrl("l") ? [.redraw] : []
        }
        if s.help != nil { return HelpUpdate.key(&s, key, keymap) }
        if typing(&s, key, atlas) { return [] }
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        guard let action = keymap.action(for: key, in: s.mode) else {
            if key != .unknown { s.status = UIText.unboundKey(s.lang, key.label) }
            return []
        }
        s.status = nil
        if let effects = perform(&s, action, atlas, layout) { return effects }
        if let mode = ModeTransitions.target(from: s.mode, on: action) {
            ModeTransitions.enter(&s, mode)
            return []
        }
        return global(&s, action)
    }

    /// Text typed into an open prompt (the region search, the persona filter, the query across regions, the offer); false when none is open.
    static func typing(_ s: inout AppState, _ key: Key, _ atlas: Atlas) -> Bool {
        if s.search.typing { RegionSearchUpdate.key(&s, key, atlas); return true }
        switch s.mode {
        case .personas where s.personaView.typing: PersonaUpdate.typing(&s, key)
        case .results where s.results.typing: ResultsUpdate.typing(&s, key)
        case .fit where s.fitView.typing: FitUpdate.typing(&s, key)
        default: return false
        }
        return true
    }

    /// The current mode's update; nil when the mode does not handle the action.
    static func perform(_ s: inout AppState, _ action: Action, _ atlas: Atlas, _ layout: Layout) -> [Effect]? {
        switch s.mode {
        case .browse: BrowseUpdate.perform(&s, action, atlas, layout)
        case .personas: PersonaUpdate.perform(&s, action, atlas, layout)
        case .compare: CompareUpdate.perform(&s, action, atlas, layout)
        case .themes: ThemeUpdate.perform(&s, action, atlas, layout)
        case .results: ResultsUpdate.perform(&s, action, atlas, layout)
        case .timeline: TimelineUpdate.perform(&s, action, atlas, layout)
        case .fit: FitUpdate.perform(&s, action, atlas, layout)
        case .similar: SimilarUpdate.perform(&s, action, atlas, layout)
        }
    }

    /// The actions of every mode: help, quit, redraw, suspend. Anything else a mode leaves alone does nothing.
    static func global(_ s: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .help: s.help = HelpState()
        default: break
        }
        return []
    }

    /// Shows what happened to a copy: a status line, or the popup with the text when nothing could copy it.
    static func copied(_ s: inout AppState, _ r: CopyResult) {
        switch r.outcome {
        case let .copied(via, confirmed):
            s.status = UIText.copied(s.lang, r.what) + " " + (confirmed ? "via \(via)" : "via \(via) — \(UIText.notConfirmed[s.lang])")
            s.popup = nil
        case let .failed(reason):
            s.status = UIText.couldNotCopy(s.lang, r.what) + ": " + reason
            s.popup = r.text
        }
    }

    /// Keeps every index and scroll valid after a resize or data change.
    static func clamp(_ s: inout AppState, _ atlas: Atlas, keymap: Keymap = .standard) {
        func clamped(_ i: Int, among count: Int) -> Int {
            var list = ListViewport(count: count, height: 0, selection: i)
            list.clamp()
            return list.selection
        }
        s.region = clamped(s.region, among: atlas.regions.count)
        s.section = clamped(s.section, among: SectionCatalogue.order.count)
        if !atlas.regions.isEmpty {
            let n = atlas.regions[s.region].challenges.count
            s.challenge = clamped(s.challenge, among: n)
            s.person = clamped(s.person, among: atlas.regions[s.region].contacts.people.count)
            s.marked = s.marked.filter { atlas.regions.indices.contains($0) }
            if let o = s.openChallenge, !(0..<n).contains(o) { s.openChallenge = nil }
        }
        let layout = Layout(rows: s.rows, cols: s.cols, regionCount: atlas.regions.count)
        if layout.tooSmall { return }
        if var h = s.help {
            var view = HelpRows.viewport(h, lang: s.lang, keymap: keymap, mode: s.mode, screenRows: s.rows)
            view.scroll(by: 0)
            h.scroll = view.offset
            s.help = h
        }
        BrowseUpdate.scrollContent(&s, by: 0, atlas, layout)
        if s.mode == .compare { CompareUpdate.clamp(&s, atlas, layout) }
        // The theme list keeps its place while another view shows: clamp it whichever view has the screen.
        ThemeUpdate.clamp(&s, atlas)
        // Matches are lines at a text width: only another width finds them again.
        if !s.search.query.isEmpty, s.search.width != layout.textWidth { RegionSearchUpdate.recompute(&s, atlas, layout, jump: false) }
    }
}
