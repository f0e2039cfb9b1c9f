/// The shared domain model: every region, loaded once at start, with its indexes.
///
/// Everything the command line and the browser show is read from one `Atlas`.
/// It is immutable; the persona index is built here, the search index on first use.
public struct Atlas: Sendable {
    public let regions: [Region]
    /// Every persona with where it appears, sorted by folded name.
    public let personas: [PersonaEntry]
    /// The cross-cutting themes (empty when the data has no themes.json).
    public let vocabulary: ThemeVocabulary

    private let indexByID: [String: Int]
    let memo = AtlasMemo()   // internal: Atlas+Fit.swift keeps the fit index here too

    public init(regions: [Region], vocabulary: ThemeVocabulary = .empty) {
        self.vocabulary = vocabulary
        let sorted = regions.map { (TextFolding.fold($0.name), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        self.regions = sorted
        self.personas = PersonaEntry.index(sorted)
        self.indexByID = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The region with this exact id.
    public func region(id: String) -> Region? { indexByID[id].map { regions[$0] } }

    /// The theme × region matrix of every region, tagged on first use and then kept
    /// (tagging reads all text, so it is not done at start-up).
    public var themeMatrix: ThemeMatrix { memo.themeMatrix { ThemeMatrix(atlas: self) } }

    /// Every searchable text field of every region, in reading order, named and with its
    /// path. Search itself names only the fields that match (``foldedTexts``); this full
    /// list is for tests and the benchmark corpus.
    public var fields: [TextField] { regions.flatMap(TextField.fields(of:)) }

    /// The folded text of every field, per region in the order of ``regions`` and, within
    /// one, of ``TextField/fields(of:)``: folded once, searched on every key. Built on every
    /// core when there are many regions.
    public var foldedTexts: [[String]] {
        memo.foldedTexts {
            regions.concurrentMap(parallel: regions.count >= Self.manyRegions) { TextField.texts(of: $0).map(TextFolding.fold) }
        }
    }

    /// From this many regions, per-region work is spread over every core.
    static let manyRegions = 16

    /// A value derived from this atlas and `key` alone, computed once and kept (bounded).
    /// For views: a section laid out at a width is the same on every key until the width changes.
    public func memoized<Key: Hashable & Sendable, Value: Sendable>(_ key: Key, _ make: () -> Value) -> Value {
        memo.value(key, make)
    }
}
