/// The interface language: English or Dutch. Content is always the sources' Dutch.
public enum Lang: String, Sendable, CaseIterable {
    case en, nl

    /// Dutch when `--lang nl` was given, or when no flag was given and the locale is `nl_*`.
    public static func detect(flag: String?, environment: [String: String]) -> Lang {
        if let flag, let l = Lang(rawValue: flag.lowercased()) { return l }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment[key], !v.isEmpty { return v.lowercased().hasPrefix("nl") ? .nl : .en }
        }
        return .en
    }
}
