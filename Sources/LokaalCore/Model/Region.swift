/// One region's Lokaal Addendum, as published in 2023.
///
/// Mirrors `Data/addendum.schema.json` field for field. Text is the source's
/// Dutch wording with PDF-extraction damage repaired; where the source
/// contradicts itself both readings are kept and a ``DataNote`` says so.
public struct Region: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var source: String
    public var title: String
    public var area: String
    public var municipalities: [String]
    public var challengesIntro: [String]
    public var challenges: [Challenge]
    public var enrichment: Enrichment
    public var arena: Arena
    public var personas: PersonaSection
    public var localInput: LocalInput
    public var timing: Timing
    public var contacts: Contacts
    public var notes: [DataNote]

    /// The table's application deadline (kind `deadline`), if the region has one.
    public var deadline: Milestone? {
        timing.milestones.first { $0.kind == .deadline }
    }

    /// The challenge with the given number.
    public func challenge(_ number: Int) -> Challenge? {
        challenges.first { $0.number == number }
    }
}
