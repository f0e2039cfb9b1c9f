import Foundation
import Testing
@testable import LokaalCore
@testable import lokaal_bench
import LokaalTestSupport

/// The fold without Foundation gives what Foundation's fold gave, on the benchmark's data sets.
///
/// `lokaal-bench synth --regions 1000` writes the data that `make bench` measures; every
/// file of it is folded whole, and every scalar and grapheme in it alone, by `TextFolding`
/// and by Foundation's `folding(options:locale:)` as `TextFolding` used it before.
@Suite struct SyntheticFoldingTests {
    @Test func everyScalarAndGraphemeOfTheBenchmarkSet() throws {
        let regions = 1000
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lokaal-fold-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Synth.parse(["--regions", "\(regions)", "--out", dir]).run()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }
        #expect(files.count == regions + 1, "the regions and themes.json")
        var scalars = Set<Unicode.Scalar>(), graphemes = Set<Character>()
        var known: [Unicode.Scalar: [UInt8]] = [:]
        for name in files {
            let text = try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)
            scalars.formUnion(text.unicodeScalars)
            graphemes.formUnion(text)
            var old: [UInt8] = []
            old.reserveCapacity(text.utf8.count)
            for u in text.unicodeScalars {
                if u.isASCII {
                    let a = UInt8(u.value)
                    old.append(a >= 0x41 && a <= 0x5A ? a | 0x20 : a)
                } else {
                    if known[u] == nil { known[u] = Array(FoundationFold.scalar(u).utf8) }
                    old += known[u]!
                }
            }
            #expect(Array(TextFolding.fold(text).utf8) == old, "\(name)")
        }
        for u in scalars {
            #expect(Array(TextFolding.foldScalarUncached(u).utf8) == Array(FoundationFold.scalar(u).utf8), "U+\(String(u.value, radix: 16))")
        }
        for ch in graphemes {
            let old = FoundationFold.string(String(ch))
            #expect(Array(TextFolding.foldCharacter(ch).utf8) == Array(old.utf8), "\(ch.unicodeScalars.map(\.value))")
        }
        #expect(scalars.contains { !$0.isASCII })
    }
}
