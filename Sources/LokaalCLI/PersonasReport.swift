import LokaalCore

/// `lokaal personas [NAME]`: every persona with the regions and challenges based on it.
public enum PersonasReport {
    /// One persona in `personas --json`.
    public struct Item: Codable, Equatable {
        public let name: String
        public let match: String
        public let regions: [String]
        public let appearances: [Appearance]
    }
    /// One challenge based on the persona.
    public struct Appearance: Codable, Equatable {
        public let region: String
        public let regionName: String
        public let challenge: Int
        public let opening: String
    }

    public static func items(_ atlas: Atlas, query: String?) -> [Item] {
        PersonaFinder.find(query ?? "", in: atlas).map { e, q in
            Item(name: e.name, match: "\(q)", regions: e.regionIDs,
                 appearances: e.appearances.map { Appearance(region: $0.regionID, regionName: $0.regionName, challenge: $0.challenge, opening: $0.opening) })
        }
    }

    public static func json(_ atlas: Atlas, query: String?) -> String { JSONOutput.encode(items(atlas, query: query)) }

    public static func plain(_ atlas: Atlas, query: String?, style: OutputStyle) -> String {
        let items = items(atlas, query: query)
        if items.isEmpty { return "No persona matches \"\(Sanitizer.clean(query ?? ""))\".\n" }
        var out: [String] = []
        for item in items {
            let n = item.regions.count
            var head = style.bold(Sanitizer.clean(item.name)) + " — \(n) region\(n == 1 ? "" : "s")"
            if item.match == "similar" { head += " (similar spelling)" }
            out.append(head)
            for a in item.appearances {
                let lead = "  \(Sanitizer.clean(a.regionName)), challenge \(a.challenge): "
                let room = style.width - DisplayWidth.of(lead)
                out.append(lead + Wrapper.truncate(Sanitizer.clean(a.opening), width: max(10, room)))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
