/// What became of a copy effect: copied (how, and whether the terminal confirmed it), or not, and why.
///
/// The runtime reports it with ``Event/copyFinished(_:)``; the update turns it
/// into the status line, or the popup with the text to select by hand.
public struct CopyResult: Equatable, Sendable {
    /// How the copy ended.
    public enum Outcome: Equatable, Sendable {
        case copied(via: String, confirmed: Bool)
        case failed(reason: String)
    }

    /// The copied thing as the status line names it ("Guido Vangoidsenhoven's contact").
    public let what: String
    /// The text that was to be copied (shown in the popup when nothing could copy it).
    public let text: String
    public let outcome: Outcome

    public init(what: String, text: String, outcome: Outcome) {
        self.what = what; self.text = text; self.outcome = outcome
    }
}
