/// Everything a user can ask the browser to do. Keys map to actions through the ``Keymap``.
public enum Action: String, Sendable, CaseIterable {
    case up, down, pageUp, pageDown, top, bottom
    case nextPane, previousPane
    case open, back
    case search, nextMatch, previousMatch
    case help, quit, redraw, suspend
    case personas, themes, searchAll, mark, compare, onlyDifferences, nextDifference, previousDifference
    case copyPerson, copyBlock, copyVCard
    case section1, section2, section3, section4, section5, section6, section7, section8, section9
}
