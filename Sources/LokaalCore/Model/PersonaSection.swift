/// The persona section of an addendum.
///
/// In the PDFs the personas are pictures; the text keeps only their names.
public struct PersonaSection: Codable, Sendable, Equatable {
    public var intro: [String]
    public var names: [String]
}
