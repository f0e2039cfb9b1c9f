import Testing
@testable import LokaalCore
import LokaalTestSupport

/// The per-scalar width of a string equals the per-cluster width wherever it is taken.
@Suite struct DisplayWidthTests {
    static let standingAlone: [Unicode.Scalar] = (0x80...0x2FFF).compactMap { v in
        Unicode.Scalar(UInt32(v)).flatMap { DisplayWidth.standsAlone($0) ? $0 : nil }
    }

    @Test func blocksSaidToStandAloneHaveNoJoiningScalar() {
        for u in Self.standingAlone {
            let p = u.properties
            // A format control here (the soft hyphen) breaks on both sides: a cluster of its own.
            #expect(!p.isGraphemeExtend && !p.isEmojiModifier && p.generalCategory != .spacingMark
                    && u != "\u{200D}" && !(0x1F1E6...0x1F1FF).contains(u.value), "U+\(String(u.value, radix: 16))")
        }
    }

    @Test func eachScalarStandingAloneIsItsOwnCluster() {
        // Beside ASCII, beside itself, and beside a spread of the other blocks.
        let neighbours: [Unicode.Scalar] = ["a", " ", "─", "é", "→", "│", "€", "…", "█"] + Self.standingAlone.enumerated().filter { $0.offset % 97 == 0 }.map(\.element)
        for u in Self.standingAlone {
            for n in neighbours {
                var pair = String.UnicodeScalarView(); pair.append(u); pair.append(n)
                #expect(String(pair).count == 2, "U+\(String(u.value, radix: 16)) U+\(String(n.value, radix: 16))")
                var back = String.UnicodeScalarView(); back.append(n); back.append(u)
                #expect(String(back).count == 2, "U+\(String(n.value, radix: 16)) U+\(String(u.value, radix: 16))")
            }
        }
    }

    @Test func stringWidthIsTheSumOfClusterWidths() {
        var texts = BundledAtlas.atlas.fields.map(\.text)
        texts += ["e\u{301}─x", "│ 👍🏽 │", "🇧🇪 vlag", "가각", "a\u{200D}b", "\r\n│", "x\u{FE0F}", "─" + String(repeating: "é", count: 40)]
        texts += Self.standingAlone.map { "a" + String($0) + "│" }
        for t in texts {
            #expect(DisplayWidth.of(t) == t.reduce(0) { $0 + DisplayWidth.of($1) }, "\(t.prefix(40))")
        }
    }
}
