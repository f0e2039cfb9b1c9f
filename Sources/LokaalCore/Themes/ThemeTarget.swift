/// Something a theme can be tagged on: a region's challenge or arena-analysis service, with its text.
public struct ThemeTarget: Sendable, Equatable, Hashable {
    /// Challenge or service.
    public enum Kind: String, Codable, Sendable { case challenge, service }
    public let regionID: String
    public let kind: Kind
    /// The challenge number, or the service's position (1-based).
    public let number: Int
    /// A short title for lists: "Challenge 2 · Roy" or the service's need.
    public let title: String
    public let text: String

    /// Every challenge and service of a region.
    public static func targets(of r: Region) -> [ThemeTarget] {
        let challenges = r.challenges.map { c in
            ThemeTarget(regionID: r.id, kind: .challenge, number: c.number, title: "\(c.number) · \(c.personas.joined(separator: ", "))",
                        text: (c.description + c.obstacles + c.questions + c.outcomes + c.closing).joined(separator: " "))
        }
        let services = r.arena.services.enumerated().map { i, s in
            ThemeTarget(regionID: r.id, kind: .service, number: i + 1, title: "\(i + 1) · " + (s.need ?? s.offer.first ?? ""),
                        text: ([s.need].compactMap { $0 } + s.offer + s.items).joined(separator: " "))
        }
        return challenges + services
    }
}
