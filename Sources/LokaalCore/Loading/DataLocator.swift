#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the data directory: `--data DIR`, then `$LOKAAL_DATA`, then the
/// installed share directory next to the executable (`../share/lokaal`), then the
/// source tree's `Data/`.
///
/// An explicit choice (flag or variable) that does not exist is an error rather
/// than a silent fall-through, so a typo never loads the wrong data.
public struct DataLocator: Sendable {
    public var explicit: String?
    public var environment: [String: String]
    public var executablePath: String?
    public var sourceTreeData: String

    /// `environment` needs only `LOKAAL_DATA`; by default just that is read (building the
    /// whole environment's dictionary cost a quarter of a millisecond of the start-up's load).
    public init(explicit: String?,
                environment: [String: String] = ProcessEnvironment.value("LOKAAL_DATA").map { ["LOKAAL_DATA": $0] } ?? [:],
                executablePath: String? = DataLocator.currentExecutable(),
                sourceTreeData: String = DataLocator.sourceTreeDataDirectory()) {
        self.explicit = explicit
        self.environment = environment
        self.executablePath = executablePath
        self.sourceTreeData = sourceTreeData
    }

    /// The directory to load, or a `.missing` error naming where it looked.
    public func locate() throws(LoadError) -> String {
        if let explicit {
            guard Self.isDirectory(explicit) else {
                throw LoadError(.missing, file: explicit, message: "no such data directory (from --data)")
            }
            return explicit
        }
        if let env = environment["LOKAAL_DATA"], !env.isEmpty {
            guard Self.isDirectory(env) else {
                throw LoadError(.missing, file: env, message: "no such data directory (from LOKAAL_DATA)")
            }
            return env
        }
        var tried: [String] = []
        if let exe = executablePath {
            let absolute = exe.hasPrefix("/") ? exe : PathText.join(PathText.currentDirectory(), exe)
            let share = PathText.standardized(PathText.parent(absolute) + "/../share/lokaal")
            if Self.isDirectory(share) { return share }
            tried.append(share)
        }
        if Self.isDirectory(sourceTreeData) { return sourceTreeData }
        tried.append(sourceTreeData)
        throw LoadError(.missing, file: tried.joined(separator: ", "),
                        message: "no data directory found; pass --data DIR or set LOKAAL_DATA")
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return !path.isEmpty && stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// The running executable, resolved through symlinks.
    public static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink("/proc/self/exe", &buffer, 4096)
        if n > 0 { return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        // No /proc: the path it was started by, when that names a file.
        guard let first = CommandLine.arguments.first, first.contains("/"),
              let resolved = realpath(first, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `Data/` of the source tree this module was compiled from.
    public static func sourceTreeDataDirectory() -> String {
        let file: String = #filePath
        let root = PathText.parent(PathText.parent(PathText.parent(PathText.parent(file)))) // Loading, LokaalCore, Sources, root
        return PathText.join(root, "Data")
    }
}
