#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Encodes command output as JSON: pretty-printed, keys sorted, slashes unescaped, one trailing newline.
///
/// The shapes are documented in README.md ("JSON output") and kept stable.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let s = String(data: data, encoding: .utf8) else { return "null\n" }
        return s + "\n"
    }
}
