/// Turns Foundation's `DecodingError` into a JSON path and a short, plain message.
///
/// The messages say what was expected and, where Foundation tells, what was found:
/// `expected a string, found a number`, `missing required field`, `not valid JSON …`.
enum DecodingErrorDescriber {
    static func describe(_ error: any Error) -> (path: String?, message: String) {
        guard let error = error as? DecodingError else {
            return (nil, "could not be read: \(error)")
        }
        switch error {
        case let .typeMismatch(type, context):
            return (JSONPath.string(context.codingPath), "expected \(article(type))\(found(context.debugDescription))")
        case let .valueNotFound(type, context):
            return (JSONPath.string(context.codingPath), "expected \(article(type)), found null")
        case let .keyNotFound(key, context):
            return (JSONPath.string(context.codingPath, then: key), "missing required field")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty {
                return (nil, "not valid JSON (\(underlying(context)))")
            }
            return (JSONPath.string(context.codingPath), invalidValue(context.debugDescription))
        @unknown default:
            return (nil, "could not be decoded")
        }
    }

    private static func article(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "String": return "a string"
        case "Int", "Int64", "Int32", "Double": return "a number"
        case "Bool": return "true or false"
        default:
            if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "an array" }
            if name.hasPrefix("Dictionary") || name.contains(":") { return "an object" }
            return "a value of type \(name)"
        }
    }

    private static func found(_ debug: String) -> String {
        // Foundation: "Expected to decode String but found number instead."
        guard let r = debug.firstRange(of: "but found ") else { return "" }
        var rest = String(debug[r.upperBound...])
        if let end = rest.firstRange(of: " instead") { rest = String(rest[..<end.lowerBound]) }
        rest = ScalarTrimming.trimmed(rest, where: dotsAndSpaces)
        let words = ["number": "a number", "string": "a string", "a dictionary": "an object",
                     "dictionary": "an object", "array": "an array", "an array": "an array",
                     "bool": "true or false", "null": "null"]
        return ", found " + (words[rest.lowercased()] ?? rest)
    }

    private static func invalidValue(_ debug: String) -> String {
        // "Cannot initialize Kind from invalid String value nope"
        if let r = debug.firstRange(of: "invalid String value ") {
            return "invalid value \"\(debug[r.upperBound...])\""
        }
        // "Parsed JSON number <1.5> does not fit in Int."
        if let open = debug.firstRange(of: "number <"), let close = debug[open.upperBound...].firstRange(of: "> does not fit") {
            return number(String(debug[open.upperBound..<close.lowerBound]))
        }
        if debug.contains("Parsed JSON number") || debug.contains("does not fit") {
            return "number out of range"
        }
        return ScalarTrimming.trimmingWhitespace(debug)
    }

    /// `expected a whole number, found 1.5` or `number 1000…000 (400 characters) is out of range`.
    private static func number(_ literal: String) -> String {
        let bytes = literal.utf8 // a literal may have a million digits: no Character walks
        let shown = bytes.count > 24 ? "\(literal.prefix(12))…\(literal.suffix(6)) (\(bytes.count) characters)" : literal
        let fraction: Bool
        if let d = Double(literal), d.isFinite {
            let mantissa = bytes.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            fraction = d.rounded() != d || (d == 0 && mantissa.contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) })
        } else {
            fraction = false
        }
        return fraction ? "expected a whole number, found \(shown)" : "number \(shown) is out of range"
    }

    private static func underlying(_ context: DecodingError.Context) -> String {
        // JSONValueDecoder's errors carry no underlying error: the message is the context's.
        ScalarTrimming.trimmed(context.debugDescription, where: dotsAndSpaces)
    }

    private static func dotsAndSpaces(_ u: Unicode.Scalar) -> Bool { u == "." || u == " " }
}
