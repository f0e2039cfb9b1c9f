/// What external partners added on the enrichment day ("Resultaten verrijking-sessies").
///
/// Remarks, extra obstacles, extra client profiles and questions come as groups
/// of items; one region also reports how recognisable each challenge was.
public struct Enrichment: Codable, Sendable, Equatable {
    /// A list of items of one kind under an optional heading.
    public struct Group: Codable, Sendable, Equatable {
        /// What a group's items are.
        public enum Kind: String, Codable, Sendable, CaseIterable {
            case remarks, obstacles, profiles, questions
        }
        public var kind: Kind
        public var heading: String?
        public var items: [String]
    }

    /// How recognisable partners found one challenge, in percentages.
    public struct Recognisability: Codable, Sendable, Equatable {
        /// One answer level and the share of partners who gave it.
        public struct Level: Codable, Sendable, Equatable {
            public var label: String
            public var percent: Int
        }
        public var challenge: Int
        public var text: String
        public var levels: [Level]
    }

    public var title: String
    public var date: String?
    public var intro: [String]
    public var groups: [Group]
    public var recognisability: [Recognisability]
    public var closing: [String]

    /// Every item of the groups of one kind.
    public func items(of kind: Group.Kind) -> [String] {
        groups.filter { $0.kind == kind }.flatMap(\.items)
    }
}
