import Foundation
import LokaalTestSupport

/// Builds the mutation catalogue: broken versions of the bundled region files,
/// chosen by a seed so that a run can be repeated exactly.
///
/// Field mutations are driven by `Data/addendum.schema.json`: every field the
/// schema describes (grouped by its path pattern, e.g. `$.challenges[*].number`)
/// gets every wrong type, every required field is removed, every enum gets wrong
/// values. Byte mutations (truncation, invalid UTF-8, NUL, BOM) work on the
/// files as written. `scale` (from `LOKAAL_SOAK`) multiplies the sampled parts.
struct DataMutator {
    /// One bundled region: its id, its bytes as written, and its tree.
    struct Region {
        var id: String
        var bytes: Data
        var json: MutableJSON
        var fileName: String { id + ".json" }
    }

    /// The schema's word for a field's type.
    enum FieldType: Equatable {
        case string, integer, boolean, array, object
        case enumeration([String])
    }

    /// A value in a region file, with what the schema says about it.
    struct Field {
        var region: Int
        var steps: [MutableJSON.Step]
        var type: FieldType
        var required: Bool
        var value: MutableJSON
        var path: String { MutableJSON.path(steps) }
        /// The path with indexes as `[*]`: fields with the same pattern are the same field.
        var pattern: String {
            "$" + steps.map { if case .key(let k) = $0 { return "." + k } else { return "[*]" } }.joined()
        }
    }

    let regions: [Region]
    let schema: MutableJSON
    let scale: Int
    private var rng: SeededRandom

    init(dataDirectory: String, seed: UInt64, scale: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: dataDirectory)
            .filter { $0.hasSuffix(".json") && !["addendum.schema.json", "themes.json"].contains($0) }.sorted()
        regions = try names.map { name in
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dataDirectory).appendingPathComponent(name))
            return Region(id: String(name.dropLast(5)), bytes: bytes, json: MutableJSON.parse(bytes))
        }
        schema = MutableJSON.parse(try Data(contentsOf: URL(fileURLWithPath: dataDirectory).appendingPathComponent("addendum.schema.json")))
        self.scale = max(1, scale)
        rng = SeededRandom(seed: seed)
    }

    /// The smallest region file: the one truncated at every offset.
    var smallest: Region { regions.min { $0.bytes.count < $1.bytes.count }! }

    /// Every mutation, in a fixed order for a given seed and scale.
    mutating func all() -> [Mutation] {
        var out: [Mutation] = []
        out += wrongTypes()
        out += missingFields()
        out += wrongEnums()
        out += truncations()
        out += invalidUTF8()
        out += hugeValues()
        out += deepNesting()
        out += fileSystem()
        out += byteOrder()
        out += duplicateKeys()
        out += unknownKeys()
        out += nulBytes()
        out += controlText()
        out += otherSyntax()
        // A sample also goes through `lokaal regions`, which stops at the first problem.
        for i in out.indices where i % 8 == 0 || out[i].kind == .fileSystem { out[i].alsoRegions = true }
        return out
    }

    // MARK: Fields, from the schema

    /// Every value of every region that the schema describes (the root excluded).
    func fields() -> [Field] {
        var out: [Field] = []
        for (r, region) in regions.enumerated() {
            walk(region.json, schema, steps: [], required: true, region: r, into: &out)
        }
        return out
    }

    private func resolve(_ s: MutableJSON) -> MutableJSON {
        if case .string(let ref)? = s["$ref"], ref.hasPrefix("#/$defs/"), let def = schema["$defs"]?[String(ref.dropFirst(8))] {
            return resolve(def)
        }
        return s
    }

    private func type(of s: MutableJSON) -> FieldType? {
        if case .array(let values)? = s["enum"] {
            return .enumeration(values.compactMap { if case .string(let v) = $0 { return v } else { return nil } })
        }
        switch s["type"] {
        case .string("string")?: return .string
        case .string("integer")?: return .integer
        case .string("boolean")?: return .boolean
        case .string("array")?: return .array
        case .string("object")?: return .object
        default: return nil
        }
    }

    private func walk(_ value: MutableJSON, _ schemaNode: MutableJSON, steps: [MutableJSON.Step], required: Bool,
                      region: Int, into out: inout [Field]) {
        let s = resolve(schemaNode)
        guard let t = type(of: s) else { return }
        if !steps.isEmpty { out.append(Field(region: region, steps: steps, type: t, required: required, value: value)) }
        switch value {
        case .object(let members):
            var requiredKeys: Set<String> = []
            if case .array(let r)? = s["required"] {
                for case .string(let k) in r { requiredKeys.insert(k) }
            }
            // `$schema` is for editors; lokaal ignores it, so changing it is not an error.
            for m in members where m.key != "$schema" {
                guard let p = s["properties"]?[m.key] else { continue }
                walk(m.value, p, steps: steps + [.key(m.key)], required: requiredKeys.contains(m.key), region: region, into: &out)
            }
        case .array(let elements):
            guard let items = s["items"] else { return }
            for (i, e) in elements.enumerated() {
                walk(e, items, steps: steps + [.index(i)], required: true, region: region, into: &out)
            }
        default:
            break
        }
    }

    /// For every field pattern, `variants` × `scale` concrete fields: the regions that
    /// have the pattern take turns, and within a region the instance is chosen by the seed.
    /// Variant `v` of a pattern gets the fields at positions `v * scale ..< (v + 1) * scale`.
    private mutating func spread(_ fields: [Field], variants: (Field) -> Int) -> [(field: Field, variant: Int)] {
        var byPattern: [String: [Int: [Field]]] = [:]
        var order: [String] = []
        for f in fields {
            if byPattern[f.pattern] == nil { order.append(f.pattern) }
            byPattern[f.pattern, default: [:]][f.region, default: []].append(f)
        }
        var out: [(field: Field, variant: Int)] = []
        for (n, pattern) in order.enumerated() {
            let perRegion = byPattern[pattern]!
            let regionsHaving = perRegion.keys.sorted()
            let count = variants(perRegion[regionsHaving[0]]![0])
            var turn = n
            for v in 0..<count {
                for _ in 0..<scale {
                    let r = regionsHaving[turn % regionsHaving.count]
                    turn += 1
                    out.append((perRegion[r]!.randomElement(using: &rng)!, v))
                }
            }
        }
        return out
    }

    private func mutated(_ f: Field, _ new: MutableJSON?) -> Data {
        regions[f.region].json.replacing(f.steps[...], with: new).serialized()
    }

    /// Values of the wrong JSON type for a field of type `t` (null only where the field is required).
    private static func wrongValues(for t: FieldType, current: MutableJSON, required: Bool) -> [(String, MutableJSON)] {
        var out: [(String, MutableJSON)]
        switch t {
        case .string, .enumeration:
            out = [("number", .number("42")), ("negative fraction", .number("-0.5")), ("true", .bool(true)), ("false", .bool(false)),
                   ("empty array", .array([])), ("array holding the string", .array([current])), ("empty object", .object([]))]
        case .integer:
            out = [("string", .string("1")), ("fraction", .number("1.5")), ("exponent fraction", .number("25e-1")), ("true", .bool(true)),
                   ("empty array", .array([])), ("array holding the number", .array([current])), ("empty object", .object([]))]
        case .boolean:
            out = [("string", .string("true")), ("number", .number("1")), ("empty array", .array([])), ("empty object", .object([]))]
        case .array:
            out = [("empty object", .object([])), ("object holding the array", .object([("items", current)])),
                   ("string", .string("[]")), ("number", .number("0")), ("false", .bool(false))]
        case .object:
            out = [("empty array", .array([])), ("array holding the object", .array([current])), ("string", .string("{}")),
                   ("number", .number("1")), ("true", .bool(true))]
        }
        if required { out.append(("null", .null)) }
        return out
    }

    /// Every field pattern with every wrong type, each in one region (`scale` regions in a soak run).
    private mutating func wrongTypes() -> [Mutation] {
        spread(fields(), variants: { Self.wrongValues(for: $0.type, current: $0.value, required: $0.required).count }).map { f, v in
            let (what, value) = Self.wrongValues(for: f.type, current: f.value, required: f.required)[v]
            return Mutation(kind: .wrongType, summary: "\(regions[f.region].id) \(f.path) ← \(what)",
                            fileName: regions[f.region].fileName, setup: .bytes(mutated(f, value)), expect: .content(path: f.path))
        }
    }

    /// Every required field removed, in two regions (2 × `scale` in a soak run).
    private mutating func missingFields() -> [Mutation] {
        let required = fields().filter { $0.required && $0.steps.last.map { if case .key = $0 { true } else { false } } == true }
        return spread(required, variants: { _ in 2 }).map { f, _ in
            Mutation(kind: .missingField, summary: "\(regions[f.region].id) \(f.path) removed",
                     fileName: regions[f.region].fileName, setup: .bytes(mutated(f, nil)), expect: .content(path: f.path))
        }
    }

    /// Every enum field with every kind of wrong value, in two regions each.
    private mutating func wrongEnums() -> [Mutation] {
        var out: [Mutation] = []
        let enums = fields().filter { if case .enumeration = $0.type { true } else { false } }
        for (f, variant) in spread(enums, variants: { _ in 2 }) {
            guard case .enumeration(let allowed) = f.type else { continue }
            let first = allowed[variant % allowed.count]
            let values: [(String, String, String?)] = [
                ("empty", "", nil), ("unknown word", "party", nil), ("capitalised", first.prefix(1).uppercased() + first.dropFirst(), nil),
                ("trailing space", first + " ", nil), ("accented", first + "\u{301}", nil), ("with ESC", "\u{1B}[31m" + first, "␛"),
                ("with right-to-left override", "\u{202E}" + first, "\u{FFFD}"), ("escaped NUL", first + "\u{0}", "␀"),
            ]
            for (what, v, show) in values {
                out.append(Mutation(kind: .wrongEnum, summary: "\(regions[f.region].id) \(f.path) ← \(what)",
                                    fileName: regions[f.region].fileName, setup: .bytes(mutated(f, .string(v))),
                                    expect: .content(path: f.path), mustShow: show))
            }
        }
        return out
    }

    // MARK: Bytes

    /// Where the document's last byte is: cutting at or after it leaves a complete document.
    private func lastStructural(_ bytes: Data) -> Int {
        bytes.lastIndex { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "]") }!
    }

    /// Lengths to cut the smallest file to: after every structural character, and a seeded sample of the rest.
    mutating func truncationLengths() -> [Int] {
        let bytes = smallest.bytes
        let end = lastStructural(bytes)
        var lengths = Set<Int>()
        var inString = false, escaped = false
        for (i, b) in bytes.enumerated() where i < end {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if b == UInt8(ascii: "\"") { inString = true }
            if "{}[]:,".utf8.contains(b) { lengths.insert(i + 1) } // RFC 8259's six structural characters
        }
        // Every multi-byte character cut after its first byte, and a seeded sample of other offsets.
        for (i, b) in bytes.enumerated() where i < end && b >= 0xC0 { lengths.insert(i + 1) }
        let others = Array((1..<end).filter { !lengths.contains($0) })
        lengths.formUnion(others.shuffled(using: &rng).prefix(400 * scale))
        return lengths.sorted()
    }

    private mutating func truncations() -> [Mutation] {
        let region = smallest
        var out = [Mutation(kind: .truncation, summary: "\(region.id) cut to 0 bytes", fileName: region.fileName,
                            setup: .bytes(Data()), expect: .empty)]
        for n in truncationLengths() {
            out.append(Mutation(kind: .truncation, summary: "\(region.id) cut to \(n) of \(region.bytes.count) bytes",
                                fileName: region.fileName, setup: .bytes(region.bytes.prefix(n)), expect: .content(path: nil)))
        }
        return out
    }

    /// Byte offsets in a file as written: inside value strings, inside keys, and between tokens.
    private func offsets(in bytes: Data) -> (values: [Int], keys: [Int], between: [Int]) {
        var values: [Int] = [], keys: [Int] = [], between: [Int] = []
        var inString = false, escaped = false, isKey = false
        var containers: [UInt8] = []
        var last: UInt8 = 0
        for (i, b) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false; continue }
                if b == UInt8(ascii: "\\") { escaped = true; continue }
                if b == UInt8(ascii: "\"") { inString = false; continue }
                if b < 0x80 || b >= 0xC0 { isKey ? keys.append(i) : values.append(i) } // never inside a character
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
                isKey = containers.last == UInt8(ascii: "{") && (last == UInt8(ascii: "{") || last == UInt8(ascii: ","))
            case UInt8(ascii: "{"), UInt8(ascii: "["): containers.append(b); last = b
            case UInt8(ascii: "}"), UInt8(ascii: "]"): containers.removeLast(); last = b
            case UInt8(ascii: ","), UInt8(ascii: ":"): between.append(i + 1); last = b
            default: break
            }
        }
        return (values, keys, between)
    }

    private mutating func inject(_ insert: [UInt8], region r: Int, at offset: Int) -> Data {
        var b = regions[r].bytes
        b.insert(contentsOf: insert, at: b.startIndex + offset)
        return b
    }

    private mutating func invalidUTF8() -> [Mutation] {
        let sequences: [(String, [UInt8])] = [
            ("overlong '/' (C0 AF)", [0xC0, 0xAF]), ("overlong 3-byte (E0 80 AF)", [0xE0, 0x80, 0xAF]),
            ("overlong 4-byte (F0 80 80 AF)", [0xF0, 0x80, 0x80, 0xAF]), ("lone continuation 0x80", [0x80]),
            ("lone continuation 0xBF", [0xBF]), ("surrogate U+D800 (ED A0 80)", [0xED, 0xA0, 0x80]),
            ("surrogate U+DFFF (ED BF BF)", [0xED, 0xBF, 0xBF]), ("0xFF", [0xFF]), ("0xFE", [0xFE]),
            ("above U+10FFFF (F4 90 80 80)", [0xF4, 0x90, 0x80, 0x80]), ("5-byte form (F8 88 80 80 80)", [0xF8, 0x88, 0x80, 0x80, 0x80]),
            ("cut 3-byte sequence (E2 82)", [0xE2, 0x82]), ("lead byte alone (C3)", [0xC3]),
        ]
        var out: [Mutation] = []
        for (s, (what, seq)) in sequences.enumerated() {
            for place in ["value", "key", "between", "edge"] {
                for k in 0..<scale {
                    let r = (s + k + place.count) % regions.count
                    let o = offsets(in: regions[r].bytes)
                    let at: Int
                    switch place {
                    case "value": at = o.values.randomElement(using: &rng)!
                    case "key": at = o.keys.randomElement(using: &rng)!
                    case "between": at = o.between.randomElement(using: &rng)!
                    default: at = (s + k) % 2 == 0 ? 0 : regions[r].bytes.count
                    }
                    out.append(Mutation(kind: .invalidUTF8, summary: "\(regions[r].id) \(what) in a \(place) at byte \(at)",
                                        fileName: regions[r].fileName, setup: .bytes(inject(seq, region: r, at: at)),
                                        expect: .content(path: nil)))
                }
            }
        }
        return out
    }

    // MARK: Values

    private func region(having path: [MutableJSON.Step]) -> Int {
        regions.firstIndex { $0.json.value(at: path[...]) != nil }!
    }

    private func set(_ r: Int, _ steps: [MutableJSON.Step], _ v: MutableJSON) -> Data {
        regions[r].json.replacing(steps[...], with: v).serialized()
    }

    private mutating func hugeValues() -> [Mutation] {
        let number: [MutableJSON.Step] = [.key("challenges"), .index(0), .key("number")]
        let percent: [MutableJSON.Step] = [.key("enrichment"), .key("recognisability"), .index(0), .key("levels"), .index(0), .key("percent")]
        let email: [MutableJSON.Step] = [.key("contacts"), .key("people"), .index(0), .key("email")]
        let kind: [MutableJSON.Step] = [.key("timing"), .key("milestones"), .index(0), .key("kind")]
        let date: [MutableJSON.Step] = [.key("timing"), .key("milestones"), .index(0), .key("dates")]
        let persona: [MutableJSON.Step] = [.key("challenges"), .index(0), .key("personas"), .index(0)]
        let mega = String(repeating: "a", count: 10 << 20)
        func megaString(_ tail: String = "") -> MutableJSON { .raw("\"" + mega + tail + "\"") }
        let million = "1" + String(repeating: "0", count: 1_000_000)
        var cases: [(String, [MutableJSON.Step], MutableJSON, String, String?)] = [  // what, where, value, expected path, must show
            ("1e400", number, .number("1e400"), "$.challenges[0].number", nil),
            ("-1e400", number, .number("-1e400"), "$.challenges[0].number", nil),
            ("1e-400", number, .number("1e-400"), "$.challenges[0].number", nil),
            ("Int.max + 1", number, .number("9223372036854775808"), "$.challenges[0].number", nil),
            ("Int.min - 1", number, .number("-9223372036854775809"), "$.challenges[0].number", nil),
            ("a 10^6-digit number", number, .number(million), "$.challenges[0].number", nil),
            ("a 10^6-digit negative fraction", number, .number("-0." + million), "$.challenges[0].number", nil),
            ("a 10^6-digit number for a string", [.key("name")], .number(million), "$.name", nil),
            ("a 10^6-digit number in a list of strings", [.key("municipalities"), .index(0)], .number(million), "$.municipalities[0]", nil),
            ("a 10 MiB string for a number", number, megaString(), "$.challenges[0].number", nil),
            ("a 10 MiB e-mail ending in ESC", email, megaString("\\u001b[31m"), "$.contacts.people[0].email", "␛"),
            ("a 10 MiB enum value", kind, megaString(), "$.timing.milestones[0].kind", nil),
            ("a 10 MiB id", [.key("id")], megaString(), "$.id", nil),
            ("a 10 MiB date", date, .array([megaString()]), "$.timing.milestones[0].dates[0]", nil),
            ("a 10 MiB persona reference", persona, megaString(), "$.challenges[0].personas[0]", nil),
            ("200,000 zeros for a number", number, .raw("[" + Array(repeating: "0", count: 200_000).joined(separator: ",") + "]"),
             "$.challenges[0].number", nil),
            ("200,000 names, then a number", [.key("municipalities")],
             .raw("[" + Array(repeating: "\"Halle\"", count: 200_000).joined(separator: ",") + ",7]"), "$.municipalities[200000]", nil),
            ("100,000 unknown persona references", [.key("challenges"), .index(0), .key("personas")],
             .raw("[" + (0..<100_000).map { "\"Nobody \($0)\"" }.joined(separator: ",") + "]"), "$.challenges[0].personas[0]", nil),
        ]
        if regions.contains(where: { $0.json.value(at: percent[...]) != nil }) {
            cases.append(("1e400 percent", percent, .number("1e400"), "$.enrichment.recognisability[0].levels[0].percent", nil))
        }
        var out: [Mutation] = []
        for (i, (what, steps, v, path, show)) in cases.enumerated() {
            let r = steps == percent ? region(having: percent) : i % regions.count
            out.append(Mutation(kind: .hugeValue, summary: "\(regions[r].id) \(MutableJSON.path(steps)) ← \(what)", fileName: regions[r].fileName,
                                setup: .bytes(set(r, steps, v)), expect: .content(path: path), mustShow: show))
        }
        out.append(Mutation(kind: .hugeValue, summary: "a 65 MiB file (sparse)", fileName: "x.json",
                            setup: .sparse(65 << 20), expect: .wholeFile))
        return out
    }

    private mutating func deepNesting() -> [Mutation] {
        func nest(_ open: String, _ close: String, _ n: Int, _ inner: String = "") -> String {
            String(repeating: open, count: n) + inner + String(repeating: close, count: n)
        }
        let personas: [MutableJSON.Step] = [.key("challenges"), .index(0), .key("personas")]
        let r1 = 1 % regions.count, r2 = 2 % regions.count
        let cases: [(String, String, Data, String?)] = [  // what, file, bytes, expected path
            ("10,000 [ and nothing else", "x.json", Data(String(repeating: "[", count: 10_000).utf8), nil),
            ("1,000,000 [ and nothing else", "x.json", Data(String(repeating: "[", count: 1_000_000).utf8), nil),
            ("100,000 balanced [ ]", "x.json", Data(nest("[", "]", 100_000).utf8), nil),
            ("10,000 {\"a\": levels", "x.json",
             Data((String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)).utf8), nil),
            ("5,000 [{\"a\": pairs", "x.json",
             Data((String(repeating: "[{\"a\":", count: 5_000) + "1" + String(repeating: "}]", count: 5_000)).utf8), nil),
            ("\(regions[0].id) $.name 10,000 [ deep", regions[0].fileName, replaceRaw(0, [.key("name")], nest("[", "]", 10_000)), nil),
            ("\(regions[r1].id) $.challenges[0].personas 65 deep", regions[r1].fileName,
             replaceRaw(r1, personas, nest("[", "]", 65, "\"Albena\"")), nil),
            ("\(regions[r2].id) $.challenges[0].personas 20 deep (within the limit: a type error)", regions[r2].fileName,
             replaceRaw(r2, personas, nest("[", "]", 20)), "$.challenges[0].personas[0]"),
        ]
        return cases.map { Mutation(kind: .deepNesting, summary: $0.0, fileName: $0.1, setup: .bytes($0.2), expect: .content(path: $0.3)) }
    }

    /// Region `r` with the value at `steps` replaced by raw JSON text.
    private func replaceRaw(_ r: Int, _ steps: [MutableJSON.Step], _ raw: String) -> Data {
        let r = r % regions.count
        return regions[r].json.replacing(steps[...], with: .raw(raw)).serialized()
    }

    // MARK: Files

    private func fileSystem() -> [Mutation] {
        let valid = regions[0].bytes
        var out: [(String, String, Mutation.Setup, Mutation.Expectation)] = [
            ("an empty file", "x.json", .bytes(Data()), .empty),
            ("a directory named x.json", "x.json", .directory, .unreadable),
            ("a named pipe (no writer)", "x.json", .fifo(heldOpen: false), .unreadable),
            ("a named pipe held open by a writer", "x.json", .fifo(heldOpen: true), .unreadable),
            ("a socket", "x.json", .socket, .unreadable),
            ("a symbolic link loop", "a.json", .symlinkLoop(other: "b.json"), .unreadable),
            ("a symbolic link to itself", "x.json", .symlink("x.json"), .unreadable),
            ("a dangling symbolic link", "x.json", .symlink("missing.json"), .unreadable),
            ("a symbolic link to the directory itself", "x.json", .symlink("."), .unreadable),
            ("a symbolic link to /dev/zero", "x.json", .symlink("/dev/zero"), .unreadable),
            ("a symbolic link to /dev/urandom", "x.json", .symlink("/dev/urandom"), .unreadable),
            ("a symbolic link to /dev/null", "x.json", .symlink("/dev/null"), .unreadable),
            ("an unreadable file (mode 000)", regions[0].fileName, .unreadable(valid), .unreadable),
        ]
        #if os(Linux)
        out.append(("a file whose every read fails (/proc/self/mem)", "x.json", .symlink("/proc/self/mem"), .unreadable))
        #endif
        return out.map { Mutation(kind: .fileSystem, summary: $0.0, fileName: $0.1, setup: $0.2, expect: $0.3) }
    }

    private func byteOrder() -> [Mutation] {
        let b = regions[0].bytes
        let text = String(decoding: b, as: UTF8.self)
        let comma = b.firstIndex(of: UInt8(ascii: ","))! + 1
        var middle = b; middle.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: comma)
        var utf32 = Data([0xFF, 0xFE, 0x00, 0x00])
        for u in text.unicodeScalars { withUnsafeBytes(of: u.value.littleEndian) { utf32.append(contentsOf: $0) } }
        let cases: [(String, Data)] = [
            ("UTF-8 byte order mark", Data([0xEF, 0xBB, 0xBF]) + b),
            ("two UTF-8 byte order marks", Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]) + b),
            ("a byte order mark after the first comma", middle),
            ("UTF-16LE with its BOM", Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!),
            ("UTF-16BE with its BOM", Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!),
            ("UTF-16LE without a BOM", text.data(using: .utf16LittleEndian)!),
            ("UTF-16BE without a BOM", text.data(using: .utf16BigEndian)!),
            ("UTF-32LE with its BOM", utf32),
        ]
        return cases.map { Mutation(kind: .byteOrder, summary: "\(regions[0].id): \($0.0)", fileName: regions[0].fileName,
                                    setup: .bytes($0.1), expect: .content(path: nil)) }
    }

    private mutating func duplicateKeys() -> [Mutation] {
        var out: [Mutation] = []
        let objects = fields().filter { $0.type == .object }
        for (r, region) in regions.enumerated() {
            // The root, and `scale` seeded objects of each region, each with one of its keys twice.
            var targets: [(steps: [MutableJSON.Step], value: MutableJSON)] = [([], region.json)]
            targets += objects.filter { $0.region == r }.shuffled(using: &rng).prefix(4 * scale).map { ($0.steps, $0.value) }
            for (n, t) in targets.enumerated() {
                guard case .object(let members) = t.value, let m = members.randomElement(using: &rng) else { continue }
                let same = n % 2 == 0
                let copy: MutableJSON = same ? m.value : .string("second value")
                let bytes = region.json.duplicatingKey(at: t.steps[...], key: m.key, value: copy).serialized()
                out.append(Mutation(kind: .duplicateKey,
                                    summary: "\(region.id) \(MutableJSON.path(t.steps + [.key(m.key)])) twice (\(same ? "same" : "different") value)",
                                    fileName: region.fileName, setup: .bytes(bytes),
                                    expect: .content(path: MutableJSON.path(t.steps + [.key(m.key)]))))
            }
        }
        // A key with an escape sequence in it, twice: the path in the message quotes it.
        let hostile = "\u{1B}[2J\u{7}"
        let root = regions[0].json
        if case .object(var members) = root {
            members.append((hostile, .number("1")))
            members.append((hostile, .number("2")))
            out.append(Mutation(kind: .duplicateKey, summary: "\(regions[0].id) a key holding ESC [2J BEL, twice", fileName: regions[0].fileName,
                                setup: .bytes(MutableJSON.object(members).serialized()), expect: .content(path: nil), mustShow: "␛"))
        }
        return out
    }

    /// A key misspelt (two letters swapped, or the last dropped) and a key added:
    /// exit 65 at the member's path, and for the misspelling the key it meant.
    private mutating func unknownKeys() -> [Mutation] {
        var out: [Mutation] = []
        let objects = fields().filter { $0.type == .object }
        for (r, region) in regions.enumerated() {
            var targets: [(steps: [MutableJSON.Step], value: MutableJSON)] = [([], region.json)]
            targets += objects.filter { $0.region == r }.shuffled(using: &rng).prefix(4 * scale).map { ($0.steps, $0.value) }
            for t in targets {
                guard case .object(let members) = t.value else { continue }
                let keys = members.map(\.key).filter { $0 != "$schema" }
                guard let key = keys.randomElement(using: &rng) else { continue }
                let wrong = Self.misspelt(key)
                guard !members.contains(where: { $0.key == wrong }) else { continue }
                let renamed = MutableJSON.object(members.map { ($0.key == key ? wrong : $0.key, $0.value) })
                out.append(Mutation(kind: .unknownKey, summary: "\(region.id) \(MutableJSON.path(t.steps + [.key(key)])) misspelt \(wrong)",
                                    fileName: region.fileName, setup: .bytes(region.json.replacing(t.steps[...], with: renamed).serialized()),
                                    expect: .content(path: MutableJSON.path(t.steps + [.key(wrong)])), mustShow: "did you mean \"\(key)\"?",
                                    alsoRegions: true))
                let added = MutableJSON.object(members + [("comment", .string("not in the schema"))])
                out.append(Mutation(kind: .unknownKey, summary: "\(region.id) \(MutableJSON.path(t.steps)) with an extra key",
                                    fileName: region.fileName, setup: .bytes(region.json.replacing(t.steps[...], with: added).serialized()),
                                    expect: .content(path: MutableJSON.path(t.steps + [.key("comment")])), mustShow: "unknown key \"comment\""))
            }
        }
        return out
    }

    /// `email` → `eamil`: the second and third letters swapped, or the last dropped when that changes nothing.
    static func misspelt(_ key: String) -> String {
        var c = Array(key)
        guard c.count >= 3 else { return c.count == 2 ? String(c.reversed()) : key + key }
        c.swapAt(1, 2)
        let swapped = String(c)
        return swapped != key ? swapped : String(key.dropLast())
    }

    private mutating func nulBytes() -> [Mutation] {
        var out: [Mutation] = []
        for k in 0..<(3 * scale) {
            let r = k % regions.count
            let o = offsets(in: regions[r].bytes)
            for (place, at) in [("a value string", o.values.randomElement(using: &rng)!), ("a key", o.keys.randomElement(using: &rng)!),
                                ("between tokens", o.between.randomElement(using: &rng)!)] {
                out.append(Mutation(kind: .nulByte, summary: "\(regions[r].id) NUL in \(place) at byte \(at)", fileName: regions[r].fileName,
                                    setup: .bytes(inject([0], region: r, at: at)), expect: .content(path: nil)))
            }
        }
        let b = regions[0].bytes
        let email: [MutableJSON.Step] = [.key("contacts"), .key("people"), .index(0), .key("email")]
        let whole: [(String, Data, String?, String?)] = [
            ("NUL before the document", Data([0]) + b, nil, nil),
            ("NUL after the document", b + Data([0]), nil, nil),
            ("a single NUL", Data([0]), nil, nil),
            ("a thousand NULs", Data(count: 1000), nil, nil),
            ("every byte NUL", Data(count: b.count), nil, nil),
            ("an escaped NUL in an e-mail address", set(0, email, .string("anne\u{0}@vdab.be")), MutableJSON.path(email), "␀"),
            ("an escaped NUL in the id", set(0, [.key("id")], .string(regions[0].id + "\u{0}")), "$.id", "␀"),
        ]
        for (what, bytes, path, show) in whole {
            out.append(Mutation(kind: .nulByte, summary: "\(regions[0].id): \(what)", fileName: regions[0].fileName,
                                setup: .bytes(bytes), expect: .content(path: path), mustShow: show))
        }
        return out
    }

    private func controlText() -> [Mutation] {
        let email: [MutableJSON.Step] = [.key("contacts"), .key("people"), .index(0), .key("email")]
        let submission: [MutableJSON.Step] = [.key("contacts"), .key("submission"), .key("email")]
        let persona: [MutableJSON.Step] = [.key("challenges"), .index(0), .key("personas"), .index(0)]
        let date: [MutableJSON.Step] = [.key("timing"), .key("milestones"), .index(0), .key("dates")]
        let cases: [(String, [MutableJSON.Step], MutableJSON, String, String)] = [
            ("ESC ] title sequence in an e-mail", email, .string("\u{1B}]0;PWNED\u{7}anne@vdab.be"), MutableJSON.path(email), "␛"),
            ("ESC [2J in the submission address", submission, .string("\u{1B}[2Jkandidatuur@vdab.be"), MutableJSON.path(submission), "␛"),
            ("C1 CSI (U+009B) in an e-mail", email, .string("anne\u{9B}31m@vdab.be"), MutableJSON.path(email), "\u{FFFD}"),
            ("right-to-left override in an e-mail", email, .string("anne\u{202E}@vdab.be"), MutableJSON.path(email), "\u{FFFD}"),
            ("a newline in an e-mail", email, .string("anne\n@vdab.be"), MutableJSON.path(email), "anne @vdab.be"),
            ("CR LF in an e-mail", email, .string("anne\r\nlokaal: fake second line@vdab.be"), MutableJSON.path(email), "lokaal: fake"),
            ("DEL in an e-mail", email, .string("anne\u{7F}@vdab.be"), MutableJSON.path(email), "␡"),
            ("BEL and backspaces in a persona reference", persona, .string("Alb\u{8}\u{8}\u{7}ena"), MutableJSON.path(persona), "␈"),
            ("ESC in a date", date, .array([.string("2023-\u{1B}[1m05-01")]), MutableJSON.path(date) + "[0]", "␛"),
            ("ESC in the id", [.key("id")], .string("\u{1B}[31mred"), "$.id", "␛"),
            ("200 combining marks in an e-mail", email, .string("e" + String(repeating: "\u{301}", count: 200) + "@vdab.be"),
             MutableJSON.path(email), "@vdab.be"),
        ]
        var out = cases.enumerated().map { i, c in
            let r = i % regions.count
            return Mutation(kind: .controlText, summary: "\(regions[r].id) \(c.0)", fileName: regions[r].fileName,
                            setup: .bytes(set(r, c.1, c.2)), expect: .content(path: c.3), mustShow: c.4)
        }
        // A raw (unescaped) ESC byte inside a string is not JSON at all.
        var raw = regions[0].bytes
        let quote = raw.firstRange(of: Data("\"name\": \"".utf8))!.upperBound
        raw.insert(contentsOf: [0x1B, UInt8(ascii: "["), UInt8(ascii: "2"), UInt8(ascii: "J")], at: quote)
        out.append(Mutation(kind: .controlText, summary: "\(regions[0].id) a raw ESC byte in $.name", fileName: regions[0].fileName,
                            setup: .bytes(raw), expect: .content(path: "$.name")))
        return out
    }

    private func otherSyntax() -> [Mutation] {
        let b = regions[0].bytes
        let s = String(decoding: b, as: UTF8.self)
        func replacingFirst(_ a: String, _ with: String) -> Data {
            guard let r = s.range(of: a) else { fatalError("no \(a) in \(regions[0].id)") }
            return Data(s.replacingCharacters(in: r, with: with).utf8)
        }
        let name = "\"name\": \""
        let cases: [(String, Data, String?)] = [
            ("only whitespace", Data("  \n\t \r\n".utf8), "$"),
            ("a trailing comma in the root object", Data((s.trimmingCharacters(in: .whitespacesAndNewlines).dropLast() + ",}").utf8), "$"),
            ("a trailing comma in an array", replacingFirst("\"municipalities\": [", "\"municipalities\": [\"X\",],\"x\": ["), nil),
            ("a missing comma", replacingFirst("\",\n  \"name\"", "\"\n  \"name\""), "$"),
            ("a missing colon", replacingFirst(name, "\"name\" \""), "$.name"),
            ("single-quoted strings", replacingFirst(name, "'name': '"), "$"),
            ("a // comment", Data(("// lokaal\n" + s).utf8), "$"),
            ("a /* */ comment", replacingFirst(name, "/* c */ " + name), "$"),
            ("NaN", replacingFirst("\"number\": 1", "\"number\": NaN"), nil),
            ("Infinity", replacingFirst("\"number\": 1", "\"number\": Infinity"), nil),
            ("-Infinity", replacingFirst("\"number\": 1", "\"number\": -Infinity"), nil),
            ("a leading zero", replacingFirst("\"number\": 1", "\"number\": 01"), nil),
            ("a plus sign", replacingFirst("\"number\": 1", "\"number\": +1"), nil),
            ("hexadecimal", replacingFirst("\"number\": 1", "\"number\": 0x1"), nil),
            ("a bare fraction .5", replacingFirst("\"number\": 1", "\"number\": .5"), nil),
            ("a dangling point 1.", replacingFirst("\"number\": 1,", "\"number\": 1.,"), nil),
            ("an exponent without digits", replacingFirst("\"number\": 1,", "\"number\": 1e,"), nil),
            ("a raw newline in a string", replacingFirst(name, name + "Zuid\n"), "$.name"),
            ("a raw tab in a string", replacingFirst(name, name + "Zuid\t"), "$.name"),
            ("an invalid escape \\x", replacingFirst(name, name + "\\x41"), "$.name"),
            ("a short \\u escape", replacingFirst(name, name + "\\u12\""), "$.name"),
            ("a lone high surrogate escape", replacingFirst(name, name + "\\ud800"), "$.name"),
            ("a lone low surrogate escape", replacingFirst(name, name + "\\udc00"), "$.name"),
            ("a high surrogate then a letter", replacingFirst(name, name + "\\ud800\\u0041"), "$.name"),
            ("text after the document", Data((s + "x").utf8), "$"),
            ("two documents", Data((s + s).utf8), "$"),
            ("tru for true", Data("{\"id\": tru}".utf8), "$.id"),
            ("True for true", Data("{\"id\": True}".utf8), "$.id"),
            ("nul for null", Data("{\"id\": nul".utf8), "$.id"),
            ("a top-level array", Data("[]".utf8), "$"),
            ("a top-level string", Data("\"Zuidwest Rand\"".utf8), "$"),
            ("a top-level number", Data("42".utf8), "$"),
            ("a top-level null", Data("null".utf8), "$"),
            ("an unterminated string at the end", Data("{\"id\": \"zuid".utf8), "$.id"),
            ("a stray closing brace", Data("}".utf8), "$"),
            ("an unquoted key", replacingFirst("\"name\":", "name:"), "$"),
        ]
        return cases.map { Mutation(kind: .syntax, summary: "\(regions[0].id): \($0.0)", fileName: regions[0].fileName,
                                    setup: .bytes($0.1), expect: .content(path: $0.2)) }
    }
}
