import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    ///
    /// With a `share`, the per-file work on small data (below ``parallelThreshold``) is
    /// posted there, so a thread that arrives while it runs can take files nobody has
    /// started; the result is the same whichever thread reads which file.
    public static func load(directory: String, share: WorkShare? = nil) throws(LoadError) -> Atlas {
        let files = try regionFiles(in: directory)
        let parallel = worthSpreading(files, in: directory)
        // The theme vocabulary depends on nothing the regions hold: with work to spread,
        // it is read on another core alongside them.
        let vocabulary = Mutex<Result<ThemeVocabulary, LoadError>?>(nil)
        let readVocabulary: @Sendable () -> Void = {
            let v: Result<ThemeVocabulary, LoadError>
            do throws(LoadError) { v = .success(try ThemeVocabulary.load(directory: directory)) } catch { v = .failure(error) }
            vocabulary.withLock { $0 = v }
        }
        let group = DispatchGroup()
        let regions: [Region], problems: [LoadError]
        if let share, !parallel {
            // The vocabulary first: the longest item, so that no thread is left with it at the end.
            let slots = Mutex<[Checked?]>(Array(repeating: nil, count: files.count))
            var items: [@Sendable () -> Void] = [readVocabulary]
            for (i, name) in files.enumerated() {
                items.append { let c = check(name, in: directory); slots.withLock { $0[i] = c } }
            }
            share.run(items)
            (regions, problems) = collect(slots.withLock { $0 }.map { $0! })
        } else {
            if parallel { DispatchQueue.global().async(group: group, execute: readVocabulary) } else { readVocabulary() }
            (regions, problems) = read(files, in: directory, parallel: parallel)
        }
        if let first = problems.first { throw first }
        group.wait()
        return Atlas(regions: regions, vocabulary: try vocabulary.withLock { $0 }!.get())
    }

    /// Every problem in the directory (empty when the data is sound); throws only when the directory itself is missing.
    public static func check(directory: String) throws(LoadError) -> [LoadError] {
        var problems = read(try regionFiles(in: directory), in: directory, parallel: true).problems
        do { _ = try ThemeVocabulary.load(directory: directory) } catch { problems.append(error) }
        return problems
    }

    /// The region files of the directory, sorted; throws when there are none.
    private static func regionFiles(in directory: String) throws(LoadError) -> [String] {
        let shown = displayPath(directory)
        guard DataLocator.isDirectory(directory) else {
            throw LoadError(.missing, file: shown, message: "no such data directory")
        }
        guard let names = directoryNames(directory) else {
            throw LoadError(.missing, file: shown, message: "cannot read the data directory")
        }
        let files = names.filter { $0.hasSuffix(".json") && !nonRegionFiles.contains($0) }.sorted()
        guard !files.isEmpty else {
            throw LoadError(.missing, file: shown, message: "no region files (*.json) in the data directory")
        }
        return files
    }

    /// The names in a directory (without `.` and `..`), in no order; nil when it cannot be read.
    private static func directoryNames(_ directory: String) -> [String]? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Bytes of region files below which one core reads them all sooner than several:
    /// the bundled five (93 KB) take two milliseconds on one core, while starting worker
    /// threads beside the main thread (busy parsing the arguments) made the first frame
    /// slower, not faster (measured with `make bench`).
    static let parallelThreshold = 384 * 1024

    private static func worthSpreading(_ files: [String], in directory: String) -> Bool {
        var total = 0
        for name in files {
            var st = stat()
            if stat(PathText.join(directory, name), &st) == 0 { total += Int(st.st_size) }
            if total >= parallelThreshold { return true }
        }
        return false
    }

    private static func read(_ files: [String], in directory: String, parallel: Bool) -> (regions: [Region], problems: [LoadError]) {
        // Read, decode and validate every file (on every core when worth it); then the cross-file checks, in file order.
        collect(files.concurrentMap(parallel: parallel) { check($0, in: directory) })
    }

    /// One region file read, decoded and validated, with the path it is shown by.
    private typealias Checked = (shown: String, result: Result<(Region, [LoadError]), LoadError>)

    private static func check(_ name: String, in directory: String) -> Checked {
        let full = PathText.join(directory, name)
        let shown = displayPath(full)
        return (shown: shown, result: decode(file: full, shown: shown).map { region in
            (region, ProblemLimit.capped(Validator.validate(region, fileName: name, file: shown)))
        })
    }

    /// The checked files' regions and problems, in file order, with the checks across files.
    private static func collect(_ checked: [Checked]) -> (regions: [Region], problems: [LoadError]) {
        var regions: [Region] = []
        var problems: [LoadError] = []
        var seenIDs: [String: String] = [:]
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
        let cwd = PathText.currentDirectory()
        let absolute = path.hasPrefix("/") ? path : PathText.join(cwd, path)
        let standard = PathText.standardized(absolute)
        if standard.hasPrefix(cwd + "/") { return String(standard.dropFirst(cwd.count + 1)) }
        return standard
    }
}
