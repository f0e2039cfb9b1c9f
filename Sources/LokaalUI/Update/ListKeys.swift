/// The keys that move a selection in a list view, shared by every list mode (fit, timeline, results,
/// more like this): up, down, a page, top and bottom.
enum ListKeys {
    /// Applies a movement to `list`; false when the action is not a movement.
    static func move(_ list: inout ListViewport, _ action: Action, page: Int) -> Bool {
        switch action {
        case .up: list.move(by: -1)
        case .down: list.move(by: 1)
        case .pageUp: list.move(by: -max(1, page))
        case .pageDown: list.move(by: max(1, page))
        case .top: list.select(0)
        case .bottom: list.select(list.lastIndex)
        default: return false
        }
        return true
    }
}
