/// Turns a Codable coding path into a JSON path such as `$.contacts[1].email`.
///
/// Keys that are not plain identifiers are written in brackets (`$["two words"]`),
/// very long keys and very deep paths are shortened with `…` so that an error
/// line stays readable.
public enum JSONPath {
    /// One step of a path: an object key or an array index.
    public enum Component: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    /// Paths longer than this many components keep their start and end around a `…`.
    static let maximumComponents = 24
    /// Keys longer than this many characters keep their start and end around a `…`.
    static let maximumKeyLength = 60

    /// The JSON path for a coding path, optionally followed by one more key.
    public static func string(_ codingPath: [any CodingKey], then key: (any CodingKey)? = nil) -> String {
        string((codingPath + (key.map { [$0] } ?? [])).map(component))
    }

    /// The JSON path for a list of components, e.g. `$.challenges[2].personas`.
    public static func string(_ components: [Component]) -> String {
        var shown: [Component?] = components.map { $0 }
        if components.count > maximumComponents {
            let head = maximumComponents * 2 / 3, tail = maximumComponents - head
            shown = components.prefix(head).map { $0 } + [nil] + components.suffix(tail).map { $0 }
        }
        var path = "$"
        for c in shown {
            switch c {
            case nil: path += "…"
            case .index(let i)?: path += "[\(i)]"
            case .key(let k)?: path += isIdentifier(k) ? "." + k : "[\"" + escaped(shortened(k)) + "\"]"
            }
        }
        return path
    }

    private static func component(_ k: any CodingKey) -> Component {
        if let index = k.intValue, k.stringValue.hasPrefix("Index") || k.stringValue == String(index) {
            return .index(index)
        }
        return .key(k.stringValue)
    }

    private static func isIdentifier(_ k: String) -> Bool {
        guard let first = k.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
              k.utf8.count <= maximumKeyLength else { return false }
        return k.utf8.allSatisfy { b in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
        }
    }

    private static func shortened(_ k: String) -> String {
        guard k.count > maximumKeyLength else { return k }
        return String(k.prefix(maximumKeyLength / 2)) + "…" + String(k.suffix(maximumKeyLength / 4))
    }

    private static func escaped(_ k: String) -> String {
        var out = ""
        for c in k {
            if c == "\\" || c == "\"" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
