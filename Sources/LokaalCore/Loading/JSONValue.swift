/// A JSON document as ``StrictJSONParser`` read it: numbers keep their literal
/// text, objects hold each key once (duplicates are rejected while parsing).
///
/// The text is read once into this tree; ``JSONValueDecoder`` decodes the model from it
/// and, when that fails, says where with a full coding path.
enum JSONValue: Equatable, Sendable {
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

extension JSONValue {
    /// A number literal as a whole `T`, read as Foundation's `JSONDecoder` reads it:
    /// `2`, `2.0` and `2e0` are 2; `1.5`, `1e400` and anything outside `T` are nil.
    /// (Like Foundation, a literal that only rounds to a whole number, such as
    /// `1e-400`, reads as that number.)
    static func integer<T: FixedWidthInteger>(_ literal: String, as type: T.Type) -> T? {
        if let v = T(literal) { return v }
        // Only a fraction or an exponent goes through Double: a plain integer that does not
        // fit must not be rounded into range.
        guard literal.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }),
              let d = Double(literal), d.isFinite, d == d.rounded(.towardZero) else { return nil }
        return T(exactly: d)
    }
}
