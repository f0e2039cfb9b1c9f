import Foundation
import Synchronization

/// Loads every region file of a data directory, decodes and validates it, and builds the ``Atlas``.
///
/// Region files are the `*.json` files of the directory except the schema and
/// the theme vocabulary. The first problem found stops the load with a
/// ``LoadError``; ``check(directory:)`` collects every problem instead, for `lokaal validate`.
public enum AtlasLoader {
    /// Files in a data directory that are not regions.
    public static let nonRegionFiles: Set<String> = ["addendum.schema.json", "themes.json"]

    /// Loads and validates; throws the first problem.
    public static func load(directory: String) throws(LoadError) -> Atlas {
        // The theme vocabulary is read alongside the regions: it depends on nothing they hold.
        let vocabulary = Mutex<Result<ThemeVocabulary, LoadError>?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let v: Result<ThemeVocabulary, LoadError>
            do throws(LoadError) { v = .success(try ThemeVocabulary.load(directory: directory)) } catch { v = .failure(error) }
            vocabulary.withLock { $0 = v }
        }
        let (regions, problems) = try read(directory: directory)
        if let first = problems.first { throw first }
        group.wait()
        return Atlas(regions: regions, vocabulary: try vocabulary.withLock { $0 }!.get())
    }

    /// Every problem in the directory (empty when the data is sound); throws only when the directory itself is missing.
    public static func check(directory: String) throws(LoadError) -> [LoadError] {
        var problems = try read(directory: directory).problems
        do { _ = try ThemeVocabulary.load(directory: directory) } catch { problems.append(error) }
        return problems
    }

    private static func read(directory: String) throws(LoadError) -> (regions: [Region], problems: [LoadError]) {
        let shown = displayPath(directory)
        guard DataLocator.isDirectory(directory) else {
            throw LoadError(.missing, file: shown, message: "no such data directory")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LoadError(.missing, file: shown, message: "cannot read the data directory")
        }
        let files = names.filter { $0.hasSuffix(".json") && !nonRegionFiles.contains($0) }.sorted()
        guard !files.isEmpty else {
            throw LoadError(.missing, file: shown, message: "no region files (*.json) in the data directory")
        }
        var regions: [Region] = []
        var problems: [LoadError] = []
        var seenIDs: [String: String] = [:]
        // Read, decode and validate every file on every core; then the cross-file checks, in file order.
        let checked = files.concurrentMap { name in
            let full = (directory as NSString).appendingPathComponent(name)
            let shown = displayPath(full)
            return (shown: shown, result: decode(file: full, shown: shown).map { region in
                (region, ProblemLimit.capped(Validator.validate(region, fileName: name, file: shown)))
            })
        }
        for checkedFile in checked {
            let fileShown = checkedFile.shown
            switch checkedFile.result {
            case .failure(let error):
                problems.append(error)
            case .success(let (region, issues)):
                problems += issues
                if let other = seenIDs[region.id] {
                    problems.append(LoadError(.invalid, file: fileShown, path: "$.id",
                                              message: "duplicate region id \"\(region.id)\" (also in \(other))"))
                }
                seenIDs[region.id] = fileShown
                if issues.isEmpty { regions.append(region) }
            }
        }
        return (regions, problems)
    }

    /// Reads and decodes one region file.
    public static func decode(file: String, shown: String) -> Result<Region, LoadError> {
        RegionFileDecoder.decode(Region.self, file: file, shown: shown)
    }

    /// A path relative to the working directory when it lies inside it.
    public static func displayPath(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = path.hasPrefix("/") ? path : (cwd as NSString).appendingPathComponent(path)
        let standard = URL(fileURLWithPath: absolute).standardized.path
        if standard.hasPrefix(cwd + "/") { return String(standard.dropFirst(cwd.count + 1)) }
        return standard
    }
}
