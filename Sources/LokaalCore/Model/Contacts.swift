/// Who to ask and where to apply ("Lokale contactpersoon").
public struct Contacts: Codable, Sendable, Equatable {
    public var intro: String
    public var people: [Person]
    public var submission: Submission
}
