#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads and decodes one data file so that every failure is a ``LoadError``
/// naming the file and, for content, the JSON path — never a hang or a crash.
///
/// The steps, each with its own error: ``SafeFileReader`` (no pipes, devices,
/// directories or link loops; exit 66), empty file (65), ``StrictJSONParser``
/// (syntax, encoding, duplicate keys and depth, with path, line and column; 65),
/// then the parsed tree is read into the model (types and fields; 65): first by the
/// type's ``TreeDecodable`` initializer, which only says whether it fits, and when it
/// does not, with ``JSONValueDecoder`` keeping coding paths, to say where and what.
public enum RegionFileDecoder {
    /// Decodes `file` (shown to the user as `shown`) as a `T`.
    static func decode<T: Decodable & TreeDecodable>(_ type: T.Type, file: String, shown: String) -> Result<T, LoadError> {
        let data: Data
        switch SafeFileReader.read(file, shown: shown) {
        case .failure(let error): return .failure(error)
        case .success(let d): data = d
        }
        if data.isEmpty {
            return .failure(LoadError(.invalid, file: shown, message: "is empty"))
        }
        let tree: JSONValue
        switch StrictJSONParser.parse(data) {
        case .failure(let problem): return .failure(LoadError(.invalid, file: shown, path: problem.path, message: problem.message))
        case .success(let t): tree = t
        }
        if let value = try? T(document: tree) { return .success(value) }
        // It does not fit the type: decode with Decodable, keeping paths, to say where and what.
        // An unknown key is reported first: a misspelt key is often why a field is missing.
        let log = KeyLog()
        var described: (path: String?, message: String)?
        do {
            let value = try JSONValueDecoder.decode(T.self, from: tree, log: log)
            // Decodable accepts what the tree initializer refused: Decodable is the reference.
            if log.unknown.isEmpty { return .success(value) }
        } catch { described = DecodingErrorDescriber.describe(error) }
        if let u = log.unknown.first {
            return .failure(unknownKey(u, log: log, shown: shown))
        }
        let (path, message) = described ?? ("$", "could not be decoded")
        return .failure(LoadError(.invalid, file: shown, path: path ?? "$", message: message))
    }

    /// `unknown key "emial" (did you mean "email"?)`, at the member's path.
    static func unknownKey(_ u: KeyLog.Unknown, log: KeyLog, shown: String) -> LoadError {
        var message = "unknown key \"\(u.key)\""
        if let s = log.suggestion(for: u) { message += " (did you mean \"\(s)\"?)" }
        else if let known = log.requested[u.path], !known.isEmpty {
            message += " (known keys: " + known.sorted().joined(separator: ", ") + ")"
        }
        return LoadError(.invalid, file: shown, path: u.memberPath, message: message)
    }
}
