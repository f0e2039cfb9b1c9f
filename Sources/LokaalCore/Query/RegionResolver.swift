/// Resolves what a user types for a region: its id, its name, or an unambiguous prefix of either, ignoring case and accents.
public enum RegionResolver {
    /// Why a region could not be resolved.
    public enum Failure: Error, Equatable, Sendable {
        case unknown(query: String, suggestions: [String])
        case ambiguous(query: String, candidates: [String])

        /// One line for the user.
        public var message: String {
            switch self {
            case let .unknown(q, s):
                return "unknown region \"\(q)\"" + (s.isEmpty ? "" : "; did you mean \(s.map { "\"\($0)\"" }.joined(separator: " or "))?")
            case let .ambiguous(q, c):
                return "region \"\(q)\" is ambiguous: it could be \(c.map { "\"\($0)\"" }.joined(separator: ", "))"
            }
        }
    }

    public static func resolve(_ query: String, in atlas: Atlas) -> Result<Region, Failure> {
        let q = normalise(query)
        if let r = atlas.regions.first(where: { normalise($0.id) == q || normalise($0.name) == q }) { return .success(r) }
        let prefixed = atlas.regions.filter { normalise($0.id).hasPrefix(q) || normalise($0.name).hasPrefix(q) }
        if prefixed.count == 1 { return .success(prefixed[0]) }
        if prefixed.count > 1, !q.isEmpty { return .failure(.ambiguous(query: query, candidates: prefixed.map(\.id))) }
        let ranked = atlas.regions
            .map { r in (r, min(EditDistance.distance(normalise(r.id), q), EditDistance.distance(normalise(r.name), q))) }
            .sorted { $0.1 < $1.1 }
        let close = ranked.filter { $0.1 <= max(2, q.count / 3) }.prefix(3).map(\.0.id)
        return .failure(.unknown(query: query, suggestions: close.isEmpty ? ranked.prefix(3).map(\.0.id) : Array(close)))
    }

    static func normalise(_ s: String) -> String {
        TextFolding.fold(s).map { $0 == " " || $0 == "_" ? "-" : $0 }.reduce(into: "") { $0.append($1) }
    }
}
