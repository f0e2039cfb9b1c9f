import Foundation
import Testing
@testable import LokaalCore
import LokaalTestSupport

/// The fold without Foundation gives what Foundation's fold gave.
///
/// `TextFolding` folds with the standard library's case mappings and ``FoldTable``
/// (generated from the Unicode data); ``FoundationFold`` is the fold it replaced.
/// Both are compared on every scalar and every grapheme of the bundled files and on
/// every Unicode scalar; the synthetic data sets are compared in LokaalBenchTests.
@Suite struct FoldingDifferentialTests {
    /// Capitals of Unicode 16.0 and 17.0 that the standard library (Unicode 17.0) lowercases and
    /// Foundation leaves as they are: its case tables on Linux predate Unicode 16.0. The new fold
    /// follows the standard library. Cyrillic TJE, Latin capitals of Extended-D, Garay and Tolong Siki.
    static let newerThanFoundation: [ClosedRange<UInt32>] = [
        0x1C89...0x1C89, 0xA7CB...0xA7CC, 0xA7CE...0xA7CE, 0xA7D2...0xA7D2, 0xA7D4...0xA7D4,
        0xA7DA...0xA7DA, 0xA7DC...0xA7DC, 0x10D50...0x10D65, 0x16EA0...0x16EB8,
    ]

    @Test func everyScalarAndGraphemeOfTheBundledFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestData.directory).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 7)
        var scalars = Set<Unicode.Scalar>(), graphemes = Set<Character>()
        for name in files {
            let text = try String(contentsOfFile: "\(TestData.directory)/\(name)", encoding: .utf8)
            scalars.formUnion(text.unicodeScalars)
            graphemes.formUnion(text)
            #expect(Array(TextFolding.fold(text).utf8) == Array(FoundationFold.string(text).utf8), "\(name)")
        }
        for u in scalars where !u.isASCII {
            #expect(Self.scalars(TextFolding.foldScalar(u)) == Self.scalars(FoundationFold.scalar(u)), "U+\(String(u.value, radix: 16, uppercase: true))")
        }
        for ch in graphemes {
            #expect(Self.scalars(TextFolding.foldCharacter(ch)) == Self.scalars(FoundationFold.string(String(ch))), "\(Self.scalars(String(ch)))")
        }
        #expect(scalars.contains { !$0.isASCII } && graphemes.count > scalars.count / 2)
    }

    @Test func everyUnicodeScalar() {
        var compared = 0
        var differing: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }  // surrogates
            compared += 1
            let new = TextFolding.foldScalarUncached(u), old = FoundationFold.scalar(u)
            guard Self.scalars(new) != Self.scalars(old) else { continue }
            differing.append(v)
            let newer = Self.newerThanFoundation.contains { $0.contains(v) }
            #expect(newer, "U+\(String(v, radix: 16, uppercase: true)): \(Self.scalars(new)) but Foundation \(Self.scalars(old))")
            if newer {
                #expect(Self.scalars(old) == [v] && new == u.properties.lowercaseMapping && (u.properties.age?.major ?? 0) >= 16)
            }
        }
        #expect(compared == 0x110000 - 0x800)
        #expect(differing.count == Self.newerThanFoundation.map(\.count).reduce(0, +), "every listed scalar still differs")
    }

    @Test func tableEntriesAreAscendingAndFoldSomething() {
        #expect(zip(FoldTable.keys, FoldTable.keys.dropFirst()).allSatisfy { $0 < $1 })
        #expect(FoldTable.keys.count == FoldTable.values.count)
        for k in FoldTable.keys {
            let u = Unicode.Scalar(k)!
            #expect(Self.scalars(FoldTable.fold(UInt32(k)) ?? "") != Self.scalars(u.properties.lowercaseMapping), "U+\(String(k, radix: 16)) needs no entry")
        }
        #expect(FoldTable.fold(0xDF) == "ss" && FoldTable.fold(0xFB03) == "ffi" && FoldTable.fold(0xC9) == "e")
        #expect(FoldTable.fold(0xFF21) == "a" && FoldTable.fold(0x1F88) == "α" && FoldTable.fold(0x41) == nil)
        #expect(FoldTable.fold(0x1_0400) == nil && TextFolding.foldScalarUncached("\u{10400}") == "\u{10428}")
        #expect(Self.scalars(FoldTable.fold(0x374)!) == [0x2B9], "a canonical singleton: equal as Strings, not as scalars")
    }

    /// The scalars of a string: `String`'s `==` holds canonically equivalent strings equal,
    /// and the folded bytes are what `memmem` compares.
    static func scalars(_ s: String) -> [UInt32] {
        s.unicodeScalars.map(\.value)
    }
}
