#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cross-cutting themes of `Data/themes.json`: labels in Dutch and English,
/// the Dutch terms that signal each (and English ones, for offers written in English),
/// and overrides that confirm or remove a tag.
public struct ThemeVocabulary: Codable, Sendable, Equatable {
    /// One theme.
    public struct Theme: Codable, Sendable, Equatable {
        public var id: String
        public var en: String
        public var nl: String
        public var terms: [String]
        /// English words for the theme, folded like `terms`: `lokaal fit` reads an offer
        /// written in English through them ("debt counselling" signals debts-finances).
        /// They tag nothing; an absent key reads as none.
        public var termsEn: [String]
        public func label(_ lang: Lang) -> String { lang == .en ? en : nl }

        public init(id: String, en: String, nl: String, terms: [String], termsEn: [String] = []) {
            self.id = id; self.en = en; self.nl = nl; self.terms = terms; self.termsEn = termsEn
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            en = try c.decode(String.self, forKey: .en)
            nl = try c.decode(String.self, forKey: .nl)
            terms = try c.decode([String].self, forKey: .terms)
            termsEn = try c.decodeIfPresent([String].self, forKey: .termsEn) ?? []
        }
    }
    /// A confirmed (`tag: true`) or removed (`tag: false`) tag on one challenge or service, with the reason.
    public struct Override: Codable, Sendable, Equatable {
        public var region: String
        public var kind: ThemeTarget.Kind
        public var number: Int
        public var theme: String
        public var tag: Bool
        public var why: String
    }
    public var themes: [Theme]
    public var overrides: [Override]

    public static let empty = ThemeVocabulary(themes: [], overrides: [])

    /// Loads `themes.json` from a data directory; a missing file is an empty vocabulary.
    public static func load(directory: String) throws(LoadError) -> ThemeVocabulary {
        let path = PathText.join(directory, "themes.json")
        var st = stat()
        guard stat(path, &st) == 0 else { return .empty }
        let shown = AtlasLoader.displayPath(path)
        // Read like a region file: no hang on a pipe, a path for every problem.
        let v = try RegionFileDecoder.decode(ThemeVocabulary.self, file: path, shown: shown).get()
        var ids = Set<String>()
        for (i, t) in v.themes.enumerated() {
            if !ids.insert(t.id).inserted { throw LoadError(.invalid, file: shown, path: "$.themes[\(i)].id", message: "duplicate theme id \"\(t.id)\"") }
            if t.terms.isEmpty { throw LoadError(.invalid, file: shown, path: "$.themes[\(i)].terms", message: "a theme needs at least one term") }
        }
        for (i, o) in v.overrides.enumerated() where !ids.contains(o.theme) {
            throw LoadError(.invalid, file: shown, path: "$.overrides[\(i)].theme", message: "unknown theme \"\(o.theme)\"")
        }
        return v
    }
}
