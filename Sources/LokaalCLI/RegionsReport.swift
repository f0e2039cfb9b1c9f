import LokaalCore

/// `lokaal regions`: id, name, municipalities, number of challenges, deadline.
public enum RegionsReport {
    /// One region in `regions --json`.
    public struct Item: Codable, Equatable {
        public let id: String
        public let name: String
        public let municipalities: [String]
        public let challenges: Int
        public let deadline: DeadlineJSON?
    }
    /// A deadline in JSON: as written, and the ISO date and time read off it.
    public struct DeadlineJSON: Codable, Equatable {
        public let text: String
        public let date: String?
        public let time: String?
    }

    public static func items(_ atlas: Atlas) -> [Item] {
        atlas.regions.map { r in
            Item(id: r.id, name: r.name, municipalities: r.municipalities, challenges: r.challenges.count,
                 deadline: r.deadline.map { DeadlineJSON(text: $0.text, date: $0.dates.first, time: $0.time) })
        }
    }

    public static func json(_ atlas: Atlas) -> String { JSONOutput.encode(items(atlas)) }

    public static func plain(_ atlas: Atlas, style: OutputStyle) -> String {
        let idWidth = max(2, atlas.regions.map { DisplayWidth.of($0.id) }.max() ?? 2)
        var out: [String] = []
        for r in atlas.regions {
            let head = Wrapper.pad(Sanitizer.clean(r.id), width: idWidth) + "  " + style.bold(Sanitizer.clean(r.name))
            out.append(head)
            let indent = String(repeating: " ", count: idWidth + 2)
            let muni = Sanitizer.clean(r.municipalities.joined(separator: ", "))
            out += Wrapper.wrap(muni, width: style.width - indent.count).map { indent + $0 }
            let deadline = r.deadline.map { Sanitizer.clean($0.text) } ?? "—"
            out.append(indent + "\(r.challenges.count) challenges · deadline \(deadline)")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
