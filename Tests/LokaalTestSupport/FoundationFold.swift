import Foundation

/// How `TextFolding` folded before it dropped Foundation: the reference for the differential tests.
///
/// ASCII lowered, nonspacing and enclosing marks dropped, U+2019 as `'`, and any other
/// scalar by Foundation's `folding(options:locale:)` (on Linux `CFStringFold`).
public enum FoundationFold {
    public static func scalar(_ u: Unicode.Scalar) -> String {
        if u.isASCII { return String(u).lowercased() }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return ""
        default:
            return u == "\u{2019}" ? "'" : String(u).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
    }

    public static func string(_ s: String) -> String {
        s.unicodeScalars.map(scalar).joined()
    }
}
