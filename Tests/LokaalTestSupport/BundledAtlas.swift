import LokaalCore

/// The bundled data, loaded once for every test target, and the fixed "today" the tests use.
public enum BundledAtlas {
    /// The source tree's `Data/`.
    public static let directory = DataLocator.sourceTreeDataDirectory()

    public static let atlas: Atlas = {
        do { return try AtlasLoader.load(directory: directory) } catch { fatalError("bundled data does not load: \(error)") }
    }()

    /// Today, for the deadline status: fixed so that screens do not change with the date.
    public static let today = "2024-01-15"
}
