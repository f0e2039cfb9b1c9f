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

    public static func items(_ atlas: Atlas) -> [Item] {
        atlas.regions.map { r in
            Item(id: r.id, name: r.name, municipalities: r.municipalities, challenges: r.challenges.count,
                 deadline: TimingFact.deadline(r).map(DeadlineJSON.init))
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
            let deadline = TimingFact.deadline(r).map { Sanitizer.clean(FactText.line($0, lang: .en)) } ?? "—"
            out += Wrapper.wrap("\(r.challenges.count) challenges · deadline \(deadline)", width: style.width - indent.count).map { indent + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
