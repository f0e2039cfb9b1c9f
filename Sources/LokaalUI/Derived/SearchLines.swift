import LokaalCore

/// Every line the browser's `/` search can land on in one region, with its folded text.
///
/// Laid out and folded once per region and width (kept with the atlas), so each
/// typed character only scans folded text instead of laying out every section again.
struct SearchLines: Sendable {
    struct Line: Sendable {
        let match: SearchState.Match
        let folded: String
    }

    struct Key: Hashable, Sendable {
        let region: Int, width: Int, lang: Lang, today: String
    }

    static func of(region: Int, atlas: Atlas, width: Int, lang: Lang, today: String) -> [Line] {
        atlas.memoized(Key(region: region, width: width, lang: lang, today: today)) {
            var out: [Line] = []
            for (si, section) in SectionCatalogue.order.enumerated() {
                let docs: [Int?] = section == .challenges ? atlas.regions[region].challenges.indices.map { Optional($0) } : [nil]
                for open in docs {
                    let m = ContentModel.cached(region: region, section: section, openChallenge: open,
                                                width: width, lang: lang, today: today, atlas: atlas)
                    for (li, line) in m.lines.enumerated() {
                        out.append(Line(match: .init(section: si, openChallenge: open, line: li), folded: TextFolding.fold(line.text)))
                    }
                }
            }
            return out
        }
    }
}
