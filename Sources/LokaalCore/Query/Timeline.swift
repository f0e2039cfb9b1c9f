/// Every milestone of every region, in date order; relative milestones last.
public enum Timeline {
    /// A milestone with the region it belongs to.
    public struct Entry: Sendable, Equatable {
        public let regionID: String
        public let regionName: String
        public let milestone: Milestone
    }

    public static func entries(_ atlas: Atlas) -> [Entry] {
        let all = atlas.regions.flatMap { r in
            r.timing.milestones.map { Entry(regionID: r.id, regionName: r.name, milestone: $0) }
        }
        let kindOrder = Dictionary(uniqueKeysWithValues: Milestone.Kind.allCases.enumerated().map { ($1, $0) })
        return all.enumerated().sorted { a, b in
            let da = a.element.milestone.sortDate ?? "9999", db = b.element.milestone.sortDate ?? "9999"
            if da != db { return da < db }
            let ka = kindOrder[a.element.milestone.kind]!, kb = kindOrder[b.element.milestone.kind]!
            if ka != kb { return ka < kb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
