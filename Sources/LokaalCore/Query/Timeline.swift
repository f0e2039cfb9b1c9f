/// Every milestone of every region, in date order; relative milestones last.
///
/// One entry per reading: a table row, and a summary line that contradicts its
/// row (a summary line that agrees is the same milestone and is not repeated).
/// A contradicted entry names the other readings, so a view can flag it and a
/// calendar can say so. The timeline VIEW, `lokaal timeline` and `--ics` all
/// read this.
public enum Timeline {
    /// A milestone with the region it belongs to.
    public struct Entry: Sendable, Equatable {
        public let regionID: String
        public let regionName: String
        /// The reading: label and text as written in its place, pattern, days, `yearInferred`, `relative`.
        public let milestone: Milestone
        /// Where it stands (table row or summary line) and its JSON path.
        public let reading: TimingReading
        /// The other readings of the same fact that name another day or time; empty when none.
        public let otherReadings: [TimingReading]
        /// The region's notes on this fact (contradiction, inferred year, ambiguity).
        public let notes: [DataNote]

        /// True when the source gives this fact another day or time elsewhere.
        public var contradiction: Bool { !otherReadings.isEmpty }
        /// True when the dates carry a year the source does not give.
        public var yearInferred: Bool { milestone.yearInferred == true }
        /// True for a date relative to another ("einddatum + 14 dagen"), which has no days.
        public var isRelative: Bool { milestone.pattern == .relative }
        /// The last ISO day the milestone covers; nil for a relative one.
        public var lastDate: String? { milestone.dates.last }
        /// True when the milestone's last day is before `today` (ISO, as the browser passes it in); false for relative ones.
        public func isPast(today: String) -> Bool { lastDate.map { $0 < today } ?? false }
    }

    /// Every region's entries, ordered by first day, then kind, then source order.
    public static func entries(_ atlas: Atlas) -> [Entry] { entries(atlas.regions) }

    /// The entries of these regions only (e.g. the marked ones).
    public static func entries(_ regions: [Region]) -> [Entry] {
        var all: [Entry] = []
        for r in regions {
            for fact in TimingFact.facts(r) {
                let distinct = fact.distinctReadings
                for reading in distinct {
                    let others = distinct.filter { $0 != reading }
                    all.append(Entry(regionID: r.id, regionName: r.name, milestone: reading.milestone, reading: reading,
                                     otherReadings: others, notes: fact.notes))
                }
            }
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
