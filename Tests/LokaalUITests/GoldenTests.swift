import Foundation
import Testing
import LokaalCore
@testable import LokaalUI

/// Golden screens: every screen and overlay rendered to text and compared with `Golden/NAME.txt`.
///
/// Regenerate with `make golden` (sets LOKAAL_UPDATE_GOLDEN=1 and shows the git diff).
/// Each golden is the screen framed by `|` so trailing spaces show, then the style
/// map (one code per cell, see `Style.code`) for screens where attributes matter.
@Suite struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Name → key script. Each is rendered at 80×24 and 120×40.
    static let screens: [(String, String)] = [
        ("overview", ""),
        ("region-list-haspengouw", "<Down>"),
        ("challenges-list", "<Right>2<Right><Down>"),
        ("challenge-open", "<Down>2<Right><Right><Down><Enter>"),
        ("services", "<Down><Down><Down>3<Right><Right>"),
        ("personas", "4"),
        ("enrichment-bars", "<Down>5<Right><Right>"),
        ("local-choices", "<Down>6"),
        ("timing", "<Down><Down>7"),
        ("contacts", "<End>8"),
        ("data-notes", "9"),
        ("search-typing", "/roy"),
        ("search-kept", "/hierarchie<Enter>"),
        ("help", "?"),
        ("help-filtered", "?sear"),
        ("dutch", "<Down>2<Right><Right>"),
        ("status-unbound", "z"),
        ("marked", " <Down> "),
    ]

    /// Issue-4, issue-11 (the fit view) and issue-13 screens, rendered at 80×24 and 160×48.
    static let wideScreens: [(String, String)] = [
        ("personas-all", "p"),
        ("personas-roy", "p/roy<Enter>"),
        ("personas-roy-appearances", "p/roy<Enter><Right><Down>"),
        ("personas-typo", "p/chadya"),
        ("compare-2", " <Down> c"),
        ("compare-2-only-differences", " <Down> cd"),
        ("compare-4", " <Down> <Down> <Down> c"),
        ("compare-4-only-differences", " <Down> <Down> <Down> cd"),
        ("compare-4-paged", " <Down> <Down> <Down> c<Right><Right><Right>"),
        ("compare-next-difference", " <Down> c]]"),
        // Issue 12: Leuven and Zuidwest Rand aligned by meaning; their services (8 the same, 1 similar, 1 only in Leuven).
        ("compare-leuven-zuidwest", "<Down><Down><Down> <Down> c"),
        ("compare-leuven-zuidwest-services", "<Down><Down><Down> <Down> c]]]]]]"),
        ("compare-leuven-zuidwest-only-differences", "<Down><Down><Down> <Down> cd"),
        // More like this (m): on Leuven's challenge 3, and on Aalst's housing need (S3, scrolled to the top).
        ("similar-challenge", "<Down><Down><Down>2<Right><Right><Down><Down>m"),
        ("similar-aalst-housing", "3<Right><Right>" + String(repeating: "<Down>", count: 60) + "m"),
        ("contacts-selected", "<End>8<Right><Right><Down>"),
        ("search-all-regions", "sroy<Enter>"),
        ("themes-matrix", "t"),
        ("themes-cell-list", "t<Down><Right><Enter>"),
        ("compare-themes-rows", " <Down> c<End>"),
        ("timeline", "w"),
        ("timeline-marked", " <Down> <Down> w"),
        ("timeline-june-2023", "w"),
        ("fit-empty", "f"),
        ("fit-offer-hits", "fwij bieden schuldhulpverlening en budgetbeheer<Enter><Down>"),
        ("fit-offer-typing", "fwij bieden schuldhulpverlening en budgetbeheer"),
        ("fit-only-stop-words", "fwij en de"),
    ]

    /// Screens drawn on another day than ``Fixture/today`` (2024: every date of the call past).
    static let todays = ["timeline-june-2023": "2023-06-10"]

    static var cases: [String] { screens.flatMap { n, _ in ["\(n)@80x24", "\(n)@120x40"] } + wideScreens.flatMap { n, _ in ["\(n)@80x24", "\(n)@160x48"] } + ["stacked@50x20", "stacked-content@50x20", "too-small@30x8", "too-small-1x1@1x1", "overview@160x48", "timeline@40x10", "timeline-june-2023@50x20"] }

    static func screen(for name: String) -> Screen {
        let (base, size) = name.split(separator: "@").map(String.init).pair
        let dims = size.split(separator: "x").compactMap { Int($0) }
        var script = (screens + wideScreens).first { $0.0 == base }?.1 ?? ""
        if base == "stacked-content" { script = "<Tab><Tab><Down>" }
        let lang: Lang = base == "dutch" ? .nl : .en
        var s = AppState(rows: dims[1], cols: dims[0], lang: lang, today: todays[base] ?? Fixture.today)
        for k in KeyScript.parse(script) { _ = Controller.update(&s, key: k, atlas: Fixture.atlas) }
        return Fixture.render(s)
    }

    static func text(_ screen: Screen) -> String {
        var out = screen.lines.map { "|" + $0 + "|" }
        out.append("-- styles --")
        out += screen.styleLines
        if let c = screen.cursor { out.append("-- cursor \(c.row),\(c.col) --") }
        return out.joined(separator: "\n") + "\n"
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let actual = Self.text(Self.screen(for: name))
        let file = Self.directory.appendingPathComponent(name.replacingOccurrences(of: "@", with: "-") + ".txt")
        if ProcessInfo.processInfo.environment["LOKAAL_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let diff = zip(e.indices, zip(e, a)).filter { $0.1.0 != $0.1.1 }.prefix(6)
                .map { "line \($0.0 + 1):\n  expected \($0.1.0)\n  actual   \($0.1.1)" }.joined(separator: "\n")
            Issue.record("golden \(name) differs (make golden to regenerate and review):\n\(diff)")
        }
    }

    @Test func everyGoldenScreenFillsExactlyRowsTimesCols() {
        for name in Self.cases {
            let screen = Self.screen(for: name)
            #expect(screen.lines.count == screen.rows, "\(name)")
            for line in screen.lines { #expect(DisplayWidth.of(line) == screen.cols, "\(name): \(line)") }
        }
    }
}

extension Array where Element == String {
    var pair: (String, String) { (self[0], count > 1 ? self[1] : "80x24") }
}
