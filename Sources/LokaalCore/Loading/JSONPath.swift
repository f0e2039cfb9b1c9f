/// Turns a Codable coding path into a JSON path such as `$.contacts[1].email`.
public enum JSONPath {
    /// The JSON path for a coding path, optionally followed by one more key.
    public static func string(_ codingPath: [any CodingKey], then key: (any CodingKey)? = nil) -> String {
        var path = "$"
        for k in codingPath + (key.map { [$0] } ?? []) {
            if let index = k.intValue, k.stringValue.hasPrefix("Index") || k.stringValue == String(index) {
                path += "[\(index)]"
            } else {
                path += "." + k.stringValue
            }
        }
        return path
    }
}
