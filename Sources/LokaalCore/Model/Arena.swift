/// The arena analysis: the types of service the partnership needs.
///
/// Most regions pair a need with a service; some list services only, possibly
/// with sub-items.
public struct Arena: Codable, Sendable, Equatable {
    /// One type of service, with the need it answers where the source names it.
    public struct Service: Codable, Sendable, Equatable {
        public var need: String?
        public var offer: [String]
        public var items: [String]
    }
    public var title: String
    public var date: String?
    public var intro: [String]
    public var services: [Service]
    public var closing: [String]
}
