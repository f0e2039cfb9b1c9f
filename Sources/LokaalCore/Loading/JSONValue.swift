/// A JSON document as ``StrictJSONParser`` read it: numbers keep their literal
/// text, objects hold each key once (duplicates are rejected while parsing).
///
/// It exists so that decoding errors can always be located: ``JSONValueDecoder``
/// decodes from it with full coding paths where Foundation's decoder gives none.
indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written, e.g. `1`, `-0.5`, `1e400`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// How Foundation names the kind in its messages ("found a string instead").
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "a dictionary"
        }
    }
}
