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
        // One pass over the tags into their cells (filtering per cell is quadratic in the number of regions).
        let row = Dictionary(themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let column = Dictionary(rs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var grid = Array(repeating: Array(repeating: [ThemeTagger.Tag](), count: rs.count), count: themes.count)
        for tag in ThemeTagger.tags(rs, vocabulary: atlas.vocabulary) {
            if let i = row[tag.theme], let j = column[tag.target.regionID] { grid[i][j].append(tag) }
        }
        cells = grid
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
