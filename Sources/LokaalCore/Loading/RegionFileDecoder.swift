import Foundation

/// Reads and decodes one data file so that every failure is a ``LoadError``
/// naming the file and, for content, the JSON path — never a hang or a crash.
///
/// The steps, each with its own error: ``SafeFileReader`` (no pipes, devices,
/// directories or link loops; exit 66), empty file (65), ``StrictJSONParser``
/// (syntax, encoding, duplicate keys and depth, with path, line and column; 65),
/// Foundation's `JSONDecoder` (types and fields; 65). When Foundation cannot say
/// where a value failed, the parsed tree is decoded again with
/// ``JSONValueDecoder`` to find the path.
public enum RegionFileDecoder {
    /// Decodes `file` (shown to the user as `shown`) as a `T`.
    public static func decode<T: Decodable>(_ type: T.Type, file: String, shown: String) -> Result<T, LoadError> {
        let data: Data
        switch SafeFileReader.read(file, shown: shown) {
        case .failure(let error): return .failure(error)
        case .success(let d): data = d
        }
        if data.isEmpty {
            return .failure(LoadError(.invalid, file: shown, message: "is empty"))
        }
        if let problem = StrictJSONParser.check(data) {
            return .failure(LoadError(.invalid, file: shown, path: problem.path, message: problem.message))
        }
        do {
            return .success(try JSONDecoder().decode(T.self, from: data))
        } catch {
            var (path, message) = DecodingErrorDescriber.describe(error)
            if path == nil {
                // Foundation gave no location (it does so for numbers that do not fit): find it in the tree.
                do {
                    if case .success(let tree) = StrictJSONParser.parse(data) { _ = try JSONValueDecoder.decode(T.self, from: tree) }
                } catch let located {
                    (path, message) = DecodingErrorDescriber.describe(located)
                }
            }
            return .failure(LoadError(.invalid, file: shown, path: path ?? "$", message: message))
        }
    }
}
