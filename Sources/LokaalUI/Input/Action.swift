/// Everything a user can ask the browser to do. Keys map to actions through the ``Keymap``.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case nextPane, previousPane
    case open, back
    case search, nextMatch, previousMatch
    case help, quit, redraw, suspend
    /// Show a full view (the persona list, the theme matrix, the search across regions, ...); again: back to the browser.
    case show(AppState.Mode)
    case mark, compare, onlyDifferences, nextDifference, previousDifference
    case copyPerson, copyBlock, copyVCard
    /// The items of other regions most like the selected challenge or service (key `m`).
    case moreLikeThis
    /// Jump to a section, by its place in ``SectionCatalogue/entries``.
    case section(Int)
}
