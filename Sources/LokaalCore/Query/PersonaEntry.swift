/// One persona and every region challenge based on it.
///
/// Personas with the same name in different regions are one entry: the
/// addenda draw on one shared set of archetypes (Roy appears in three regions).
/// Spelling variants are not merged here; ``PersonaFinder`` finds them by similarity.
public struct PersonaEntry: Sendable, Equatable {
    /// A challenge in a region that is based on the persona.
    public struct Appearance: Sendable, Equatable {
        public let regionID: String
        public let regionName: String
        public let challenge: Int
        public let opening: String
    }
    public let name: String
    public let appearances: [Appearance]

    /// The ids of the regions the persona appears in, in atlas order, without repeats.
    public var regionIDs: [String] {
        var seen = Set<String>()
        return appearances.map(\.regionID).filter { seen.insert($0).inserted }
    }

    static func index(_ regions: [Region]) -> [PersonaEntry] {
        var byName: [String: [Appearance]] = [:]
        var spelling: [String: String] = [:]
        for r in regions {
            for c in r.challenges {
                for p in c.personas {
                    let key = TextFolding.fold(p)
                    spelling[key] = spelling[key] ?? p
                    byName[key, default: []].append(
                        Appearance(regionID: r.id, regionName: r.name, challenge: c.number, opening: c.opening))
                }
            }
        }
        return byName.keys.sorted().map { PersonaEntry(name: spelling[$0]!, appearances: byName[$0]!) }
    }
}
