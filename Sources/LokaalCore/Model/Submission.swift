/// Where and how to submit an application: address, required subject line, deadline wording.
public struct Submission: Codable, Sendable, Equatable {
    public var text: String
    public var email: String
    public var subject: String?
    public var deadline: String?
    public var contact: String?
}
