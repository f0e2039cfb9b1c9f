@testable import LokaalCore

/// Thrown by ``JSONValueDecoder/decode(_:from:)`` when an object has a member no coding key names.
struct UnknownKeyError: Error {}

extension JSONValueDecoder {
    /// Decodes strictly, as the loader's fallback judges a file: every error, and an unknown
    /// key as ``UnknownKeyError``. The `Decodable` reference the tests hold the tree
    /// initializers and Foundation's `JSONDecoder` to.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        let log = KeyLog()
        let v = try decode(T.self, from: value, log: log)
        if !log.unknown.isEmpty { throw UnknownKeyError() }
        return v
    }
}
