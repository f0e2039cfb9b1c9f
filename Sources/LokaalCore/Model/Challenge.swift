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

    /// The first sentence-ish opening of the challenge, for listings.
    public var opening: String {
        description.first ?? questions.first ?? obstacles.first ?? ""
    }
}
