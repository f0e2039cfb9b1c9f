/// The theme × region matrix: for each theme and region, the challenges and services touching it.
public struct ThemeMatrix: Sendable, Equatable {
    public let themes: [ThemeVocabulary.Theme]
    public let regionIDs: [String]
    /// tags[theme][region]: the tags of that cell.
    public let cells: [[[ThemeTagger.Tag]]]

    public init(atlas: Atlas, regions: [Region]? = nil) {
        let rs = regions ?? atlas.regions
        themes = atlas.vocabulary.themes
        regionIDs = rs.map(\.id)
        let tags = ThemeTagger.tags(rs, vocabulary: atlas.vocabulary)
        cells = themes.map { t in rs.map { r in tags.filter { $0.theme == t.id && $0.target.regionID == r.id } } }
    }

    /// The largest cell count, for scaling the glyphs.
    public var maxCount: Int { cells.flatMap { $0.map(\.count) }.max() ?? 0 }

    /// A glyph whose density grows with the count, readable without colour: ` ` · ░ ▒ ▓ █.
    public static func glyph(count: Int, max: Int) -> String {
        guard count > 0, max > 0 else { return "·" }
        let levels = ["░", "▒", "▓", "█"]
        return levels[min(levels.count - 1, (count - 1) * levels.count / Swift.max(1, max))]
    }
}
