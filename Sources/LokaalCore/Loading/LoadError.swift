/// Why the data could not be loaded: which file, which field, what is wrong.
///
/// Each error carries the exit code the command line documents: 65 (EX_DATAERR)
/// for a file that is there but wrong, 66 (EX_NOINPUT) for a directory or file
/// that is missing or unreadable.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The two families of failure, each with its exit code.
    public enum Kind: Sendable, Equatable {
        /// The file exists but its content is wrong (exit 65).
        case invalid
        /// The directory or file is missing or cannot be read (exit 66).
        case missing
    }

    public var kind: Kind
    /// The file as the user would name it (relative to the working directory when inside it).
    public var file: String
    /// The JSON path of the offending field, e.g. `$.contacts[1].email`; nil for whole-file problems.
    public var path: String?
    public var message: String

    public init(_ kind: Kind, file: String, path: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.path = path
        self.message = message
    }

    /// The process exit status for this error.
    public var exitCode: Int32 { kind == .missing ? 66 : 65 }

    /// `FILE: at PATH: MESSAGE`, or `FILE: MESSAGE` when there is no path.
    public var description: String {
        if let path { return "\(file): at \(path): \(message)" }
        return "\(file): \(message)"
    }
}
