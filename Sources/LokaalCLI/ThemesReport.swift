import LokaalCore

/// `lokaal themes`: the theme × region matrix, as glyph density and counts, or JSON.
public enum ThemesReport {
    /// One tag in JSON: theme, region, challenge or service, and why it matched.
    public struct TagJSON: Codable, Equatable {
        public let theme: String
        public let region: String
        public let kind: String
        public let number: Int
        public let title: String
        public let reason: String
        public init(_ t: ThemeTagger.Tag) {
            theme = t.theme; region = t.target.regionID; kind = t.target.kind.rawValue
            number = t.target.number; title = t.target.title; reason = t.reason
        }
    }
    /// `themes --json`.
    public struct Result: Codable, Equatable {
        public let regions: [String]
        /// Who tagged the themes: lokaal, from the terms in themes.json; the addenda do not name them.
        public let taggedBy: String
        public let themes: [Row]
    }
    /// One theme: labels and, per region, the count of challenges and services with their tags.
    public struct Row: Codable, Equatable {
        public let id: String
        public let en: String
        public let nl: String
        public let counts: [Int]
        public let tags: [TagJSON]
    }

    public static func json(_ m: ThemeMatrix) -> String {
        JSONOutput.encode(Result(regions: m.regionIDs, taggedBy: "lokaal (terms in themes.json), not stated by the source", themes: m.themes.enumerated().map { i, t in
            Row(id: t.id, en: t.en, nl: t.nl, counts: m.cells[i].map(\.count), tags: m.cells[i].flatMap { $0.map(TagJSON.init) })
        }))
    }

    public static func plain(_ m: ThemeMatrix, atlas: Atlas, style: OutputStyle, lang: Lang = .en) -> String {
        let labelWidth = min(30, (m.themes.map { DisplayWidth.of($0.label(lang)) }.max() ?? 10))
        let col = max(6, min(14, (style.width - labelWidth - 1) / max(1, m.regionIDs.count) - 1))
        let names = m.regionIDs.map { id in atlas.region(id: id)?.name ?? id }
        var out = [Wrapper.pad("", width: labelWidth) + " " + names.map { style.bold(Wrapper.pad(Sanitizer.clean($0), width: col)) }.joined(separator: " ")]
        let maxCount = m.maxCount
        for (i, t) in m.themes.enumerated() {
            let cells = m.cells[i].map { cell -> String in
                let g = ThemeMatrix.glyph(count: cell.count, max: maxCount)
                return Wrapper.pad(String(repeating: g, count: 3) + " " + (cell.isEmpty ? "" : "\(cell.count)"), width: col)
            }
            out.append(Wrapper.pad(Sanitizer.clean(t.label(lang)), width: labelWidth) + " " + cells.joined(separator: " "))
        }
        out.append("")
        out.append("Themes are \(Label.taggedByLokaal[.en]).")
        out.append("Cells count the challenges and services touching a theme (· none, ░ ▒ ▓ █ more). `lokaal themes --json` lists each match and why.")
        return out.map(Wrapper.trimTrailing).joined(separator: "\n") + "\n"
    }
}
