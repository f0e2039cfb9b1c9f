/// A numbered regional challenge ("Regio-uitdaging"), based on one or more personas.
///
/// Regions word their challenges differently: some give description paragraphs and
/// "Hoe kunnen we …?" questions, others lists of obstacles and intended outcomes.
/// Empty arrays mean the source has no such part for this challenge.
public struct Challenge: Codable, Sendable, Equatable {
    public var number: Int
    /// What follows "gebaseerd op" in the heading, as written.
    public var basedOn: String
    public var personas: [String]
    public var description: [String]
    public var obstacles: [String]
    public var questions: [String]
    public var outcomes: [String]
    public var closing: [String]

    /// The challenge's opening lines for listings: the first description paragraph
    /// that says something of its own (the addenda's shared lead-in sentences,
    /// "Wij zoeken naar partners …", are skipped), else the first question or obstacle.
    public var opening: String {
        let lead = description.first { p in
            let head = p.prefix(24).lowercased()
            return !["wij zoeken naar partners", "we zoeken naar partners"].contains { head.hasPrefix($0) }
        }
        return lead ?? description.first ?? questions.first ?? obstacles.first ?? ""
    }
}
