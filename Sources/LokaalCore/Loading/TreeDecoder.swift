/// The loader's decoder: builds a `Decodable` value from the tree ``StrictJSONParser``
/// has already read, keeping no coding paths.
///
/// Foundation's `JSONDecoder` scans the text a second time and, in a statically
/// linked binary, spends much of a small load in the runtime's first conformance
/// lookups for its generic containers (see DECISIONS.md, 11). This decoder reads
/// the parsed tree directly with concrete containers. It accepts exactly what
/// Foundation's decoder accepts for lokaal's types (a test checks both on every
/// bundled and synthetic region); numbers follow ``JSONValue/integer(_:as:)``.
/// Success is the common case, so it keeps no paths: on any failure it throws
/// ``Failed``, and ``RegionFileDecoder`` decodes the same tree again with
/// ``JSONValueDecoder``, which keeps paths, to say where and what.
enum TreeDecoder {
    /// The value does not fit the type; where and why are found by ``JSONValueDecoder``.
    struct Failed: Error {}

    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try T(from: TreeValue(value: value))
    }
}

/// One value of the tree as a decoder and as its own single-value container.
private struct TreeValue: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw TreeDecoder.Failed() }
        return KeyedDecodingContainer(TreeObject<Key>(members: members))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw TreeDecoder.Failed() }
        return TreeArray(elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { if case .null = value { return true }; return false }
    func decode(_ type: Bool.Type) throws -> Bool { try Self.bool(value) }
    func decode(_ type: String.Type) throws -> String { try Self.string(value) }
    func decode(_ type: Double.Type) throws -> Double { try Self.floating(value) }
    func decode(_ type: Float.Type) throws -> Float { try Self.floating(value) }
    func decode(_ type: Int.Type) throws -> Int { try Self.integer(value) }
    func decode(_ type: Int8.Type) throws -> Int8 { try Self.integer(value) }
    func decode(_ type: Int16.Type) throws -> Int16 { try Self.integer(value) }
    func decode(_ type: Int32.Type) throws -> Int32 { try Self.integer(value) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Self.integer(value) }
    func decode(_ type: UInt.Type) throws -> UInt { try Self.integer(value) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try Self.integer(value) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try Self.integer(value) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try Self.integer(value) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try Self.integer(value) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }

    static func bool(_ v: JSONValue) throws -> Bool {
        if case .bool(let b) = v { return b }
        throw TreeDecoder.Failed()
    }

    static func string(_ v: JSONValue) throws -> String {
        if case .string(let s) = v { return s }
        throw TreeDecoder.Failed()
    }

    static func integer<T: FixedWidthInteger>(_ v: JSONValue) throws -> T {
        if case .number(let literal) = v, let n = JSONValue.integer(literal, as: T.self) { return n }
        throw TreeDecoder.Failed()
    }

    static func floating<T: BinaryFloatingPoint & LosslessStringConvertible>(_ v: JSONValue) throws -> T {
        if case .number(let literal) = v, let n = T(literal), n.isFinite { return n }
        throw TreeDecoder.Failed()
    }
}

/// An object's members by key.
private struct TreeObject<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func member(_ key: Key) throws -> JSONValue {
        guard let v = members[key.stringValue] else { throw TreeDecoder.Failed() }
        return v
    }

    /// The member, or nil when it is missing or null (as Foundation's `decodeIfPresent`).
    private func present(_ key: Key) -> JSONValue? {
        guard let v = members[key.stringValue] else { return nil }
        if case .null = v { return nil }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool { if case .null = try member(key) { return true }; return false }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try TreeValue.bool(member(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try TreeValue.string(member(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try TreeValue.floating(member(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try TreeValue.floating(member(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try TreeValue.integer(member(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try TreeValue.integer(member(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try TreeValue.integer(member(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try TreeValue.integer(member(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try TreeValue.integer(member(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try TreeValue.integer(member(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try TreeValue.integer(member(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try TreeValue.integer(member(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try TreeValue.integer(member(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try TreeValue.integer(member(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try T(from: TreeValue(value: member(key))) }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try present(key).map(TreeValue.string)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try present(key).map { v throws -> Int in try TreeValue.integer(v) }
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try present(key).map(TreeValue.bool)
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { v throws -> T in try T(from: TreeValue(value: v)) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeValue(value: member(key)).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeValue(value: member(key)).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { TreeValue(value: members["super"] ?? .null) }
    func superDecoder(forKey key: Key) throws -> any Decoder { TreeValue(value: members[key.stringValue] ?? .null) }
}

/// An array's elements in order.
private struct TreeArray: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    var currentIndex = 0

    init(elements: [JSONValue]) { self.elements = elements }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> JSONValue {
        guard currentIndex < elements.count else { throw TreeDecoder.Failed() }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < elements.count else { return false }
        if case .null = elements[currentIndex] { currentIndex += 1; return true }
        return false
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try TreeValue.bool(next()) }
    mutating func decode(_ type: String.Type) throws -> String { try TreeValue.string(next()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try TreeValue.floating(next()) }
    mutating func decode(_ type: Float.Type) throws -> Float { try TreeValue.floating(next()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try TreeValue.integer(next()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try TreeValue.integer(next()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try TreeValue.integer(next()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try TreeValue.integer(next()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try TreeValue.integer(next()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try TreeValue.integer(next()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try TreeValue.integer(next()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try TreeValue.integer(next()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try TreeValue.integer(next()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try TreeValue.integer(next()) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: TreeValue(value: next())) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeValue(value: next()).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try TreeValue(value: next()).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder { TreeValue(value: try next()) }
}
