/// Other local input ("Andere lokale input"): context and the region's choices.
///
/// `focus` says what the region chooses to work on and why, `notFocus` what it
/// deliberately leaves out and why.
public struct LocalInput: Codable, Sendable, Equatable {
    /// A choice: a lead sentence and, where the source lists them, its reasons.
    public struct Choice: Codable, Sendable, Equatable {
        public var text: String
        public var items: [String]
    }
    public var paragraphs: [String]
    public var focus: [Choice]
    public var notFocus: [Choice]
    public var trailing: [String]?
}
