import Foundation
import Testing
@testable import LokaalCore
import LokaalTestSupport

/// What replaced a piece of Foundation in the shipped targets gives what Foundation gave.
///
/// The shipped binary imports FoundationEssentials only (no ICU). The tests may import
/// the whole of Foundation, so each replacement is checked here against the call it
/// replaced: `NSString`'s path methods and `CharacterSet.whitespaces`.
@Suite struct FoundationParityTests {
    static let directories = ["Data", "Data/", "Data//", "/", "", ".", "./Data", "a//b", "/tmp/x/", "//",
                              "../share/lokaal", "dir with space", "hiërarchie/ë"]
    static let names = ["aalst.json", "themes.json", "", "/x", "a/", ".json", "..json", "a.b.json", "a.",
                        ".hidden", "x y.json", "ë.json", "a.json/", "dir/a.json", "/", "//", "a..json"]

    @Test func joinIsNSStringAppendingPathComponent() {
        for d in Self.directories {
            for n in Self.names {
                #expect(PathText.join(d, n) == (d as NSString).appendingPathComponent(n), "\(d) + \(n)")
            }
        }
    }

    @Test func deletingExtensionIsNSStringDeletingPathExtension() {
        // The names come from a directory listing: one component, never a slash.
        for n in Self.names + Self.directories where !n.contains("/") {
            #expect(PathText.deletingExtension(n) == (n as NSString).deletingPathExtension, "\(n)")
        }
    }

    @Test func whitespaceIsCharacterSetWhitespacesOnEveryScalar() {
        var differing: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            if ScalarTrimming.isWhitespace(u) != CharacterSet.whitespaces.contains(u) { differing.append(v) }
        }
        #expect(differing.isEmpty, "differ: \(differing.prefix(20).map { String($0, radix: 16) })")
    }

    @Test func trimmedIsTrimmingCharacters() {
        let dots = CharacterSet(charactersIn: ". ")
        for s in ["", " ", ". .", "  a b  ", "\u{00A0}x\u{3000}", "\tx\t", ".x.", "é. ", " \u{2009}Ωmega\u{202F}", "a\u{0301} "] {
            #expect(ScalarTrimming.trimmed(s, where: ScalarTrimming.isWhitespace) == s.trimmingCharacters(in: .whitespaces), "\(s)")
            #expect(ScalarTrimming.trimmed(s, where: { $0 == "." || $0 == " " }) == s.trimmingCharacters(in: dots), "\(s)")
        }
    }

    @Test func byteTextReplacesAsReplacingOccurrences() {
        let texts = ["", "-", "2023-09-15", "--a--", "%@ en %@", "%1 van %2 voorbij", "+32 2 123 45 67", "é-ë-ï", "a%@", "%%@@"]
        for t in texts {
            for (target, with) in [("-", ""), (":", ""), (" ", "-"), ("%@", "Roy"), ("%1", "3"), ("%2", "12"), ("ë", "e")] {
                #expect(ByteText.replacing(t, target, with: with) == t.replacingOccurrences(of: target, with: with), "\(t) \(target)")
            }
        }
    }

    @Test func byteTextContainsAsFoundationOnFoldedText() {
        let atlas = BundledAtlas.atlas
        let queries = ["roy", "hierarchie", "werkzoek", "e", "'", "vdab", "taal", "zzzz", " ", "utf-8", "anderstalige nieuwkomers"]
        for f in atlas.fields.prefix(400) {
            let folded = TextFolding.fold(f.text)
            for q in queries {
                #expect(ByteText.contains(folded, q) == folded.contains(q), "\(f.path) \(q)")
            }
        }
    }

    static let absolutePaths = ["/", "//", "/usr/local/bin/lokaal", "/usr/local/bin/../share/lokaal", "/a/./b//c/", "/a/b/../../..",
                                "/../x", "/a/b/c/..", "/tmp/x/./Data", "/ë/hiërarchie/../Data", "/a//../b", "/.hidden/.", "/a/b/."]

    @Test func standardizedIsURLStandardizedPath() {
        for p in Self.absolutePaths {
            #expect(PathText.standardized(p) == URL(fileURLWithPath: p).standardized.path, "\(p)")
        }
    }

    @Test func parentIsURLDeletingLastPathComponent() {
        for p in Self.absolutePaths where !p.hasSuffix(".") && !p.contains("..") {
            #expect(PathText.parent(p) == URL(fileURLWithPath: p).deletingLastPathComponent().path, "\(p)")
        }
        #expect(PathText.currentDirectory() == FileManager.default.currentDirectoryPath)
    }

    @Test func environmentIsProcessInfoEnvironment() {
        #expect(ProcessEnvironment.current() == ProcessInfo.processInfo.environment)
        #expect(ProcessEnvironment.value("PATH") == ProcessInfo.processInfo.environment["PATH"])
        #expect(ProcessEnvironment.value("LOKAAL_SURELY_UNSET_VARIABLE") == nil)
    }
}
