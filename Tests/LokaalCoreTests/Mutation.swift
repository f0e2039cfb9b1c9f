import Foundation

/// One broken data directory for the mutation suite: what was done, the file
/// it lives in, how to create it, and what lokaal must say about it.
struct Mutation: Sendable {
    /// The families the suite reports counts for.
    enum Kind: String, CaseIterable, Sendable {
        case wrongType = "wrong type"
        case missingField = "missing field"
        case wrongEnum = "wrong enum value"
        case truncation
        case invalidUTF8 = "invalid UTF-8"
        case hugeValue = "huge value"
        case deepNesting = "deep nesting"
        case fileSystem = "file system"
        case byteOrder = "BOM / UTF-16 / UTF-32"
        case duplicateKey = "duplicate key"
        case unknownKey = "unknown key"
        case nulByte = "NUL byte"
        case controlText = "control characters in text"
        case syntax = "other syntax"
    }

    /// How the mutated file is put on disk.
    enum Setup: Sendable {
        /// A file with these bytes.
        case bytes(Data)
        /// A directory with the file's name.
        case directory
        /// A named pipe; when `heldOpen` the suite keeps a writer on it, so a blocking read would hang.
        case fifo(heldOpen: Bool)
        /// A Unix-domain socket.
        case socket
        /// A symbolic link to `target` (relative to the directory unless absolute).
        case symlink(String)
        /// Two links pointing at each other (the file and `other`).
        case symlinkLoop(other: String)
        /// A file with these bytes and mode 000.
        case unreadable(Data)
        /// A sparse file of this many bytes.
        case sparse(Int)
    }

    /// What lokaal must report.
    enum Expectation: Sendable, Equatable {
        /// Exit 65 and a JSON path; when `path` is given the first problem is exactly there.
        case content(path: String?)
        /// Exit 65, "is empty" (no path: there is no JSON at all).
        case empty
        /// Exit 65 for the whole file (too large): no path.
        case wholeFile
        /// Exit 66: the file cannot be read as a file.
        case unreadable
    }

    var kind: Kind
    /// What was done, e.g. `$.challenges[0].number ← "1"`.
    var summary: String
    /// The file's name in its directory.
    var fileName: String
    var setup: Setup
    var expect: Expectation
    /// Text that must appear (sanitised) in the output, e.g. `␛` where the data had ESC.
    var mustShow: String? = nil
    /// Also run `lokaal regions` on it (a sample; `validate` runs for every mutation).
    var alsoRegions = false

    var exitCode: Int32 {
        switch expect {
        case .unreadable: return 66
        default: return 65
        }
    }
}
