import Foundation
import LokaalCore
import LokaalTestSupport

/// The bundled data and scratch copies of it for malformed-file tests.
enum TestData {
    static let directory = BundledAtlas.directory
    static let atlas = BundledAtlas.atlas

    /// A fresh directory holding a copy of one region file, which `mutate` may change as JSON.
    static func scratch(region: String = "leuven", _ mutate: (inout [String: Any]) -> Void = { _ in }) throws -> ScratchDirectory {
        let dir = try ScratchDirectory()
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(region).json"))
        var json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        mutate(&json)
        let out = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted])
        try dir.write(out, to: "\(region).json")
        return dir
    }

    /// A fresh directory with one file of raw bytes.
    static func scratch(file: String, bytes: Data) throws -> ScratchDirectory {
        let dir = try ScratchDirectory()
        try dir.write(bytes, to: file)
        return dir
    }

    /// The error loading `dir` gives; nil if it loads.
    static func loadError(_ dir: String) -> LoadError? {
        do { _ = try AtlasLoader.load(directory: dir); return nil } catch { return error }
    }

    /// The error loading a scratch directory gives; nil if it loads.
    static func loadError(_ dir: ScratchDirectory) -> LoadError? { loadError(dir.path) }
}

extension Dictionary where Key == String, Value == Any {
    /// Sets a value at a path of keys and indexes, e.g. ["contacts", "people", 0, "email"].
    mutating func set(_ path: [Any], _ value: Any?) {
        self = Self.setting(self, path[...], value) as! [String: Any]
    }

    private static func setting(_ node: Any, _ path: ArraySlice<Any>, _ value: Any?) -> Any {
        guard let head = path.first else { return value as Any }
        if let key = head as? String, var dict = node as? [String: Any] {
            if path.count == 1, value == nil { dict.removeValue(forKey: key) }
            else { dict[key] = setting(dict[key] as Any, path.dropFirst(), value) }
            return dict
        }
        if let i = head as? Int, var arr = node as? [Any] {
            if path.count == 1, value == nil { arr.remove(at: i) } else { arr[i] = setting(arr[i], path.dropFirst(), value) }
            return arr
        }
        return node
    }
}
