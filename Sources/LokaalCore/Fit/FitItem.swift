/// One challenge or service need of a region, as `lokaal fit` ranks it.
///
/// Numbered as the browser and `show` number them: challenge n is the n-th entry of
/// `challenges` (`C1`, `C2`, …), service n the n-th of `arena.services` (`S1`, …).
/// The heading fields weigh more than the body: a service's need (or, where the source
/// names no need, its first offer line) and a challenge's "Hoe kunnen we …?" questions.
public struct FitItem: Sendable, Equatable {
    /// One piece of the item's text, named as in the data.
    public struct Field: Sendable, Equatable {
        /// "need", "offer", "item"; "question", "description", "obstacle", "outcome", "closing".
        public let name: String
        public let text: String
        /// True for the heading: a service's need, a challenge's questions.
        public let heading: Bool
    }

    public let regionID: String
    public let kind: ThemeTarget.Kind
    /// 1-based position in the region's challenges or services.
    public let number: Int
    /// The item's first heading text, for lists.
    public let title: String
    public let fields: [Field]

    /// `C<n>` for a challenge, `S<n>` for a service need.
    public var id: String { (kind == .challenge ? "C" : "S") + String(number) }

    /// Every challenge, then every service need, of a region.
    public static func items(of r: Region) -> [FitItem] {
        var out: [FitItem] = []
        for (i, c) in r.challenges.enumerated() {
            var fields: [Field] = []
            fields += c.questions.map { Field(name: "question", text: $0, heading: true) }
            fields += c.description.map { Field(name: "description", text: $0, heading: false) }
            fields += c.obstacles.map { Field(name: "obstacle", text: $0, heading: false) }
            fields += c.outcomes.map { Field(name: "outcome", text: $0, heading: false) }
            fields += c.closing.map { Field(name: "closing", text: $0, heading: false) }
            out.append(FitItem(regionID: r.id, kind: .challenge, number: i + 1,
                               title: c.questions.first ?? c.opening, fields: fields))
        }
        for (i, s) in r.arena.services.enumerated() {
            var fields: [Field] = []
            if let need = s.need { fields.append(Field(name: "need", text: need, heading: true)) }
            for (k, o) in s.offer.enumerated() { fields.append(Field(name: "offer", text: o, heading: s.need == nil && k == 0)) }
            fields += s.items.map { Field(name: "item", text: $0, heading: false) }
            out.append(FitItem(regionID: r.id, kind: .service, number: i + 1,
                               title: s.need ?? s.offer.first ?? s.items.first ?? "", fields: fields))
        }
        return out
    }
}
