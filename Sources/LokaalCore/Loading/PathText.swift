/// Joining and trimming file paths as text, the way `NSString` did it.
///
/// Foundation's `NSString` path methods are not in FoundationEssentials. These two
/// keep their exact results for the paths lokaal builds (a directory and a file name
/// from its listing), so every path in an error message stays byte for byte the same;
/// `PathTextTests` holds them to `NSString` on the awkward cases (trailing and double
/// slashes, empty parts, dot files).
public enum PathText {
    /// `directory/name`: no slash added when `directory` ends with one; an empty part gives the other.
    public static func join(_ directory: String, _ name: String) -> String {
        if name.isEmpty { return directory }
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// A file name (one path component, as a directory listing gives it) without its extension:
    /// `aalst.json` is `aalst`, `a.b.json` is `a.b`; a dot file such as `.json` keeps its name.
    public static func deletingExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
        return String(name[..<dot])
    }
}
