import Foundation
import Testing
@testable import LokaalCore

/// `Data/addendum.schema.json` and the model, both ways: every property the schema
/// describes is a key the model decodes, and every key the model decodes is in the schema.
@Suite struct SchemaModelTests {
    /// Object path patterns (`$.challenges[*]`) → the property names the schema gives them.
    static func schemaProperties() throws -> [String: Set<String>] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/addendum.schema.json"))
        let schema = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let defs = schema["$defs"] as? [String: Any] ?? [:]
        func resolve(_ node: [String: Any]) -> [String: Any] {
            if let ref = node["$ref"] as? String, ref.hasPrefix("#/$defs/"), let d = defs[String(ref.dropFirst(8))] as? [String: Any] {
                return resolve(d)
            }
            return node
        }
        var out: [String: Set<String>] = [:]
        func walk(_ raw: [String: Any], _ pattern: String) {
            let node = resolve(raw)
            if let props = node["properties"] as? [String: Any] {
                out[pattern, default: []].formUnion(props.keys)
                for (k, v) in props { if let v = v as? [String: Any] { walk(v, pattern + "." + k) } }
            }
            if let items = node["items"] as? [String: Any] { walk(items, pattern + "[*]") }
            for combinator in ["oneOf", "anyOf", "allOf"] {
                for case let alt as [String: Any] in node[combinator] as? [Any] ?? [] { walk(alt, pattern) }
            }
        }
        walk(schema, "$")
        return out
    }

    /// Object path patterns → the keys the model asked for, over every bundled region file.
    static func decodedKeys() throws -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for region in TestData.atlas.regions {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(TestData.directory)/\(region.id).json"))
            let log = KeyLog()
            _ = try JSONValueDecoder.decode(Region.self, from: StrictJSONParser.parse(data).get(), log: log)
            #expect(log.unknown.isEmpty, "\(region.id): \(log.unknown)")
            for (path, keys) in log.requested {
                let pattern = path.replacingOccurrences(of: #"\[[0-9]+\]"#, with: "[*]", options: .regularExpression)
                out[pattern, default: []].formUnion(keys)
            }
        }
        return out
    }

    @Test func everySchemaPropertyIsDecodedAndEveryDecodedKeyIsInTheSchema() throws {
        var schema = try Self.schemaProperties()
        schema["$"]?.remove("$schema") // allowed at the top, not part of the model
        let model = try Self.decodedKeys()
        #expect(!model.isEmpty)
        for (pattern, keys) in schema {
            let decoded = model[pattern] ?? []
            #expect(keys.subtracting(decoded).isEmpty, "\(pattern): in the schema, never decoded: \(keys.subtracting(decoded).sorted())")
        }
        for (pattern, keys) in model {
            let described = schema[pattern] ?? []
            #expect(keys.subtracting(described).isEmpty, "\(pattern): decoded, not in the schema: \(keys.subtracting(described).sorted())")
        }
    }
}
