#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, read straight from `environ`.
///
/// FoundationEssentials' `ProcessInfo.environment` builds the same dictionary but
/// checks each value with dynamic casts, which scan every conformance record of the
/// static binary: a tenth of a millisecond at start-up for a few variables.
/// Entries without `=` are skipped; a name given twice keeps its last value, as
/// `ProcessInfo` keeps it (`FoundationParityTests` compares the two).
public enum ProcessEnvironment {
    /// Every variable, by name.
    public static func current() -> [String: String] {
        var out: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.utf8.firstIndex(of: UInt8(ascii: "=")) {
                out[String(s[..<eq])] = String(s[s.index(after: eq)...])
            }
            p += 1
        }
        return out
    }

    /// One variable, or nil when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
