/// The shared domain model: every region, loaded once at start, with its indexes.
///
/// Everything the command line and the browser show is read from one `Atlas`.
/// It is immutable; indexes (personas, searchable fields) are built once here.
public struct Atlas: Sendable {
    public let regions: [Region]
    /// Every persona with where it appears, sorted by folded name.
    public let personas: [PersonaEntry]
    /// Every searchable text field of every region, in reading order.
    public let fields: [TextField]
    /// The cross-cutting themes (empty when the data has no themes.json).
    public let vocabulary: ThemeVocabulary

    public init(regions: [Region], vocabulary: ThemeVocabulary = .empty) {
        self.vocabulary = vocabulary
        let sorted = regions.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
        self.regions = sorted
        self.personas = PersonaEntry.index(sorted)
        self.fields = sorted.flatMap(TextField.fields(of:))
    }

    /// The region with this exact id.
    public func region(id: String) -> Region? { regions.first { $0.id == id } }
}
