/// What a path-keeping decode saw of object keys: the unknown ones in the order met,
/// and per object (by JSON path) the keys the model asked for.
final class KeyLog {
    /// An unknown member: the object's JSON path and the key.
    struct Unknown: Equatable {
        /// The JSON path of the object holding the key.
        let path: String
        let key: String
        /// The JSON path of the member itself.
        let memberPath: String
    }
    private(set) var unknown: [Unknown] = []
    private(set) var requested: [String: Set<String>] = [:]

    func noteUnknown(_ key: String, at path: [any CodingKey]) { unknown.append(Unknown(path: JSONPath.string(path), key: key, memberPath: JSONPath.string(path, then: MemberKey(stringValue: key)))) }
    func noteRequested(_ key: String, at path: [any CodingKey]) { requested[JSONPath.string(path), default: []].insert(key) }

    /// The known key nearest to `u.key`, when it is near enough to be a likely misspelling.
    func suggestion(for u: Unknown) -> String? {
        let known = requested[u.path] ?? []
        let folded = u.key.lowercased()
        let ranked = known.map { (key: $0, d: EditDistance.distance(folded, $0.lowercased())) }
            .sorted { ($0.d, $0.key) < ($1.d, $1.key) }
        guard let best = ranked.first, best.d <= max(2, best.key.count / 3) else { return nil }
        return best.key
    }
}

/// A member's name as a coding key, to write its JSON path.
private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
