import Foundation

/// A JSON tree for building mutations: objects keep their key order, numbers
/// keep their literal text (`1e400` and a million digits survive), and
/// `serialized()` writes exactly what was put in.
///
/// The parser reads only well-formed JSON (the bundled files and the schema);
/// it is deliberately independent of the loader under test.
indirect enum MutableJSON: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([MutableJSON])
    case object([(key: String, value: MutableJSON)])
    /// JSON text written as it is (for huge or deliberately odd values).
    case raw(String)

    static func == (a: MutableJSON, b: MutableJSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.raw(x), .raw(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// One step into the tree.
    enum Step: Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)
        var description: String {
            switch self {
            case .key(let k): return "." + k
            case .index(let i): return "[\(i)]"
            }
        }
    }

    /// `$.challenges[0].number` for a list of steps.
    static func path(_ steps: [Step]) -> String { "$" + steps.map(\.description).joined() }

    subscript(key: String) -> MutableJSON? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    /// The value at `steps`, or nil.
    func value(at steps: ArraySlice<Step>) -> MutableJSON? {
        guard let first = steps.first else { return self }
        switch (self, first) {
        case (.object, .key(let k)): return self[k]?.value(at: steps.dropFirst())
        case (.array(let a), .index(let i)) where a.indices.contains(i): return a[i].value(at: steps.dropFirst())
        default: return nil
        }
    }

    /// A copy with the value at `steps` replaced (nil removes an object member or array element).
    func replacing(_ steps: ArraySlice<Step>, with new: MutableJSON?) -> MutableJSON {
        guard let first = steps.first else { return new ?? .null }
        switch (self, first) {
        case (.object(var members), .key(let k)):
            guard let at = members.firstIndex(where: { $0.key == k }) else { return self }
            if steps.count == 1, new == nil { members.remove(at: at) } else {
                members[at].value = members[at].value.replacing(steps.dropFirst(), with: new)
            }
            return .object(members)
        case (.array(var elements), .index(let i)) where elements.indices.contains(i):
            if steps.count == 1, new == nil { elements.remove(at: i) } else {
                elements[i] = elements[i].replacing(steps.dropFirst(), with: new)
            }
            return .array(elements)
        default:
            return self
        }
    }

    /// A copy of the object at `steps` with `key` added again after its first occurrence.
    func duplicatingKey(at steps: ArraySlice<Step>, key: String, value: MutableJSON) -> MutableJSON {
        guard let first = steps.first else {
            guard case .object(var members) = self, let at = members.firstIndex(where: { $0.key == key }) else { return self }
            members.insert((key, value), at: at + 1)
            return .object(members)
        }
        switch (self, first) {
        case (.object(var members), .key(let k)):
            guard let at = members.firstIndex(where: { $0.key == k }) else { return self }
            members[at].value = members[at].value.duplicatingKey(at: steps.dropFirst(), key: key, value: value)
            return .object(members)
        case (.array(var elements), .index(let i)) where elements.indices.contains(i):
            elements[i] = elements[i].duplicatingKey(at: steps.dropFirst(), key: key, value: value)
            return .array(elements)
        default:
            return self
        }
    }

    // MARK: Writing

    /// Compact JSON text, strings escaped only where JSON requires.
    func serialized() -> Data {
        var out: [UInt8] = []
        write(into: &out)
        return Data(out)
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let n), .raw(let n): out.append(contentsOf: n.utf8)
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (i, e) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                e.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(m.key, into: &out)
                out.append(UInt8(ascii: ":"))
                m.value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
            case 0..<0x20: out.append(contentsOf: String(format: "\\u%04x", b).utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    // MARK: Reading

    /// Parses well-formed JSON; traps on anything else (the inputs are the bundled files).
    static func parse(_ data: Data) -> MutableJSON {
        var reader = Reader(bytes: Array(data))
        let v = reader.value()
        reader.skip()
        precondition(reader.i == reader.bytes.count, "trailing text in test input")
        return v
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        mutating func skip() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func value() -> MutableJSON {
            skip()
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [(key: String, value: MutableJSON)] = []
                skip()
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                while true {
                    skip()
                    let k = string()
                    skip(); precondition(bytes[i] == UInt8(ascii: ":")); i += 1
                    members.append((k, value()))
                    skip()
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                    precondition(bytes[i] == UInt8(ascii: ",")); i += 1
                }
            case UInt8(ascii: "["):
                i += 1
                var elements: [MutableJSON] = []
                skip()
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
                while true {
                    elements.append(value())
                    skip()
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
                    precondition(bytes[i] == UInt8(ascii: ",")); i += 1
                }
            case UInt8(ascii: "\""): return .string(string())
            case UInt8(ascii: "t"): i += 4; return .bool(true)
            case UInt8(ascii: "f"): i += 5; return .bool(false)
            case UInt8(ascii: "n"): i += 4; return .null
            default:
                let start = i
                while i < bytes.count, "+-.eE0123456789".utf8.contains(bytes[i]) { i += 1 }
                return .number(String(decoding: bytes[start..<i], as: UTF8.self))
            }
        }

        mutating func string() -> String {
            precondition(bytes[i] == UInt8(ascii: "\""))
            i += 1
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush() { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars); run = [] }
            while bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] != UInt8(ascii: "\\") { run.append(bytes[i]); i += 1; continue }
                flush()
                i += 1
                let c = bytes[i]; i += 1
                switch c {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "u"):
                    var v = hex()
                    if (0xD800...0xDBFF).contains(v) { i += 2; v = 0x10000 + ((v - 0xD800) << 10) + (hex() - 0xDC00) }
                    scalars.append(Unicode.Scalar(v)!)
                default: scalars.append(Unicode.Scalar(c))
                }
            }
            flush()
            i += 1
            return String(scalars)
        }

        mutating func hex() -> UInt32 {
            let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)!
            i += 4
            return v
        }
    }
}
