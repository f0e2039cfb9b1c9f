#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// An absolute path with its `.` and `..` segments removed as RFC 3986 removes them
    /// (an empty segment, from `//`, counts as one) and no trailing slash: `URL.standardized.path`.
    public static func standardized(_ absolute: String) -> String {
        var kept: [Substring] = []
        for segment in absolute.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if segment == "." { continue }
            if segment == ".." { if !kept.isEmpty { kept.removeLast() }; continue }
            kept.append(segment)
        }
        // "/" + kept.joined(separator: "/"), built by hand: `joined` looks its witnesses up at run time.
        var path = ""
        for segment in kept { path += "/"; path += segment }
        return withoutTrailingSlashes(path.isEmpty ? "/" : path)
    }

    /// The path without its last component: `/usr/local/bin/lokaal` is `/usr/local/bin`.
    public static func parent(_ path: String) -> String {
        let p = withoutTrailingSlashes(path)
        guard let slash = p.lastIndex(of: "/") else { return "" }
        return slash == p.startIndex ? "/" : withoutTrailingSlashes(String(p[..<slash]))
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }

    /// The working directory (`getcwd`), or "/" when it cannot be read.
    public static func currentDirectory() -> String {
        guard let p = getcwd(nil, 0) else { return "/" }
        defer { free(p) }
        return String(cString: p)
    }
}
