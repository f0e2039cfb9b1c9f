/// The loader's decoder: builds a `Decodable` value from the tree ``StrictJSONParser``
/// has read, throwing `DecodingError`s in Foundation's wording (so
/// ``DecodingErrorDescriber`` reads them the same way) that say where.
///
/// It replaces Foundation's `JSONDecoder`, which scanned the text a second time and,
/// in a statically linked binary, spent a quarter of a small load in the runtime's
/// first conformance lookups (DECISIONS.md, 11 and 12). It accepts what Foundation
/// accepts for lokaal's types (a differential test checks every bundled file and
/// every valid-JSON mutation); numbers follow ``JSONValue/integer(_:as:)``.
/// The loader reads the model with ``TreeDecodable`` and comes here only when that
/// fails, to say where and what: the decode that logs (``KeyLog``) asks
/// `Key(stringValue:)` of every object member, keeps going past unknown ones, and
/// records the keys the type asked for, so the caller can report the first unknown
/// key with its closest known key: a member the type's `CodingKeys` do not name (other
/// than `$schema` at the top) is an error, not silently dropped.
struct JSONValueDecoder {
    /// Decodes with paths, logging unknown keys and the keys asked for instead of failing on them.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, log: KeyLog) throws -> T {
        try T(from: ValueDecoder(value: value, path: [], log: log, root: true))
    }
}

/// An array index as a coding key, spelled like Foundation's (`Index 3`).
private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.init(intValue) }
}

/// A plain string key, for `superDecoder()`.
private struct NameKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

private struct ValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let path: [any CodingKey]
    /// Where unknown keys and the keys asked for go.
    let log: KeyLog
    /// The document's top value, where `$schema` is allowed.
    var root = false
    var codingPath: [any CodingKey] { path }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: JSONValue, path: [any CodingKey], log: KeyLog, root: Bool = false) {
        self.value = value
        self.path = path
        self.log = log
        self.root = root
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw mismatch([String: Any].self)
        }
        // Logged in key order, so the first reported does not depend on hashing.
        for k in members.keys.sorted() where Key(stringValue: k) == nil && !(root && k == "$schema") {
            log.noteUnknown(k, at: codingPath)
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, path: path, log: log))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self) }
        return UnkeyedContainer(elements: elements, path: path, log: log)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: Single value

    func decodeNil() -> Bool { if case .null = value { return true }; return false }

    func decode(_ type: Bool.Type) throws -> Bool {
        if case .bool(let b) = value { return b }
        throw mismatch(type)
    }

    func decode(_ type: String.Type) throws -> String {
        if case .string(let s) = value { return s }
        throw mismatch(type)
    }

    func decode(_ type: Double.Type) throws -> Double { try floating(type) }
    func decode(_ type: Float.Type) throws -> Float { try floating(type) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: self)
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard case .number(let literal) = value else { throw mismatch(type) }
        if let v = JSONValue.integer(literal, as: T.self) { return v }
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath,
            debugDescription: "Parsed JSON number <\(literal)> does not fit in \(T.self)."))
    }

    private func floating<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T {
        guard case .number(let literal) = value else { throw mismatch(type) }
        if let v = T(literal), v.isFinite { return v }
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath,
            debugDescription: "Parsed JSON number <\(literal)> does not fit in \(T.self)."))
    }

    /// Foundation's errors: `valueNotFound` for null, `typeMismatch` otherwise.
    func mismatch(_ type: Any.Type) -> DecodingError {
        if case .null = value {
            return .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "Expected \(type) value but found null instead."))
        }
        return .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(type) but found \(value.kindName) instead."))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let path: [any CodingKey]
    let log: KeyLog
    var codingPath: [any CodingKey] { path }

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        log.noteRequested(key.stringValue, at: codingPath)
        return members[key.stringValue] != nil
    }

    /// The member as a decoder.
    private func child(_ key: any CodingKey) throws -> ValueDecoder {
        log.noteRequested(key.stringValue, at: codingPath)
        guard let v = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return ValueDecoder(value: v, path: path + [key], log: log)
    }

    /// The member, or nil when it is missing or null (Foundation's `decodeIfPresent`).
    private func present(_ key: Key) -> ValueDecoder? {
        log.noteRequested(key.stringValue, at: codingPath)
        guard let v = members[key.stringValue] else { return nil }
        if case .null = v { return nil }
        return ValueDecoder(value: v, path: path + [key], log: log)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }
    // The protocol's own decodeIfPresent looks the key up three times.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key)?.decode(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key)?.decode(type) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key)?.decode(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(key)?.decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
    func superDecoder() throws -> any Decoder { try child(NameKey("super")) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let path: [any CodingKey]
    let log: KeyLog
    var codingPath: [any CodingKey] { path }
    var currentIndex = 0

    init(elements: [JSONValue], path: [any CodingKey], log: KeyLog) {
        self.elements = elements
        self.path = path
        self.log = log
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next(_ type: Any.Type) throws -> ValueDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [IndexKey(currentIndex)],
                debugDescription: "Unkeyed container is at end."))
        }
        defer { currentIndex += 1 }
        return ValueDecoder(value: elements[currentIndex], path: path + [IndexKey(currentIndex)], log: log)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = elements[currentIndex] { currentIndex += 1; return true }
        return false
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type).decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next(type).decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type).decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type).decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type).decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type).decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type).decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type).decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type).decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type).decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type).decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type).decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type).decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type).decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type).decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next([String: Any].self).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next([Any].self).unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next(Any.self) }
}
