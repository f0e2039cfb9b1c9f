/// Every move from one full view to another that needs nothing but the key: one table.
///
/// A mode's update handles what depends on its state first (Esc closes the
/// theme list before it leaves the themes; Enter on a search hit opens it in
/// the browser); what it leaves comes here. ``Action/show(_:)`` needs no row:
/// it opens its view, and from that view goes back to the browser. A new
/// view needs a row only to leave it some other way.
enum ModeTransitions {
    /// On `action` in any of `from` (every mode when empty), go to `to`.
    struct Rule {
        let action: Action
        let from: [AppState.Mode]
        let to: AppState.Mode
    }

    static let rules: [Rule] = [
        Rule(action: .compare, from: [.compare], to: .browse),
        Rule(action: .back, from: [.personas, .compare, .themes, .results, .timeline, .fit, .similar], to: .browse),
    ]

    /// Where `action` leads from `mode`, if anywhere.
    static func target(from mode: AppState.Mode, on action: Action) -> AppState.Mode? {
        if case let .show(view) = action { return view == mode ? .browse : view }
        return rules.first { $0.action == action && ($0.from.isEmpty || $0.from.contains(mode)) }?.to
    }

    /// Shows a mode as it opens: the search across regions and the fit view open with their prompts, the
    /// timeline at today with the marked regions (or every region).
    static func enter(_ s: inout AppState, _ mode: AppState.Mode) {
        s.mode = mode
        if mode == .results { s.results.typing = true }
        if mode == .timeline { TimelineUpdate.open(&s) }
        if mode == .fit { s.fitView.typing = true }
    }
}
