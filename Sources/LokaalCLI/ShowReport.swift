import LokaalCore

/// `lokaal show REGION [--section S]`: every section of an addendum as plain text, or its data as JSON.
public enum ShowReport {
    public static func plain(_ r: Region, sections: [Section], style: OutputStyle, lang: Lang = .en, vocabulary: ThemeVocabulary = .empty) -> String {
        var out: [String] = []
        for s in sections {
            let blocks = SectionDocument.blocks(r, s, lang: lang, vocabulary: vocabulary)
            if blocks.isEmpty { continue }
            if !out.isEmpty { out.append("") }
            let title = "\(s.englishTitle) — \(s.dutchTitle)"
            out.append(style.bold(title.uppercased()))
            out.append(String(repeating: "─", count: min(style.width, DisplayWidth.of(title))))
            out += BlockPrinter.lines(blocks, style: style)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The region's data, whole or one section's part of it, as JSON.
    public static func json(_ r: Region, section: Section?, vocabulary: ThemeVocabulary = .empty) -> String {
        guard let section else { return JSONOutput.encode(r) }
        struct Part<T: Encodable>: Encodable { let region: String; let section: String; let data: T }
        func part<T: Encodable>(_ v: T) -> String { JSONOutput.encode(Part(region: r.id, section: section.rawValue, data: v)) }
        switch section {
        case .overview:
            struct Overview: Encodable { let id, name, title, area, source: String; let municipalities: [String] }
            return part(Overview(id: r.id, name: r.name, title: r.title, area: r.area, source: r.source, municipalities: r.municipalities))
        case .challenges:
            struct Ch: Encodable { let intro: [String]; let challenges: [Challenge] }
            return part(Ch(intro: r.challengesIntro, challenges: r.challenges))
        case .enrichment: return part(r.enrichment)
        case .services: return part(r.arena)
        case .personas: return part(r.personas)
        case .localChoices: return part(r.localInput)
        case .timing: return part(r.timing)
        case .contacts: return part(r.contacts)
        case .notes: return part(r.notes)
        case .themes:
            return part(ThemeTagger.tags([r], vocabulary: vocabulary).map { ThemesReport.TagJSON($0) })
        }
    }
}
