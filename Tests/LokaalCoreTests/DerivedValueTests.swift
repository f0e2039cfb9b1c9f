import Testing
@testable import LokaalCore

/// The fast paths and kept values must give exactly what the plain computations give.
///
/// Every shortcut taken for speed (memmem on folded bytes, folding only to the first
/// match, values kept with the atlas, one-pass theme cells, parallel maps) is checked
/// here against the straightforward computation it replaces, on all bundled text.
@Suite struct DerivedValueTests {
    let atlas = TestData.atlas
    static let queries = ["roy", "hiërarchie", "HIERARCHIE", "werkzoek", "e", "’", "'", "niet-beroepsactieven",
                          "vdab", "taal", "ë", "zzzz", "  ", "anderstalige nieuwkomers"]

    @Test func foldAgreesWithFoldMappedOnAllText() {
        for f in atlas.fields {
            #expect(TextFolding.fold(f.text) == String(TextFolding.foldMapped(f.text).text), "\(f.path)")
        }
        #expect(TextFolding.fold("Hiërarchie’S ＡＢ") == "hierarchie's ab")
        #expect(TextFolding.fold("e\u{0308}") == "e", "a decomposed accent folds like the precomposed one")
        for s in ["a😀B", "Ω€x", "ÉÉN", "日本語 Ä", "\u{10FFFD}Z"] {
            #expect(TextFolding.fold(s) == String(TextFolding.foldMapped(s).text), "\(s): one to four UTF-8 bytes per scalar")
        }
    }

    @Test func firstMatchIsTheFirstOfAllMatches() {
        for f in atlas.fields {
            for q in Self.queries {
                #expect(TextFolding.firstMatch(of: q, in: f.text) == TextFolding.matches(of: q, in: f.text).first, "\(q) in \(f.path)")
            }
        }
    }

    @Test func memmemContainsAgreesWithStringContains() {
        for f in atlas.fields.prefix(400) {
            let t = TextFolding.fold(f.text)
            for q in Self.queries.map(TextFolding.fold) where !q.isEmpty {
                #expect(TextFolding.contains(folded: t, q) == t.contains(q), "\(q) in \(f.path)")
            }
        }
        #expect(TextFolding.contains(folded: "abc", ""))
        #expect(!TextFolding.contains(folded: "", "a"))
    }

    @Test func keptSearchEqualsSearchOverFields() {
        for q in Self.queries {
            let kept = Searcher.search(q, in: atlas)
            #expect(kept == Searcher.search(q, fields: atlas.fields), "\(q)")
            #expect(Searcher.search(q, in: atlas) == kept, "asking twice gives the same hits")
        }
        #expect(atlas.foldedTexts.flatMap { $0 } == atlas.fields.map { TextFolding.fold($0.text) })
        #expect(atlas.foldedTexts.count == atlas.regions.count)
    }

    @Test func textsAndChosenFieldsFollowTheFullList() {
        for r in atlas.regions {
            let all = TextField.fields(of: r)
            #expect(TextField.texts(of: r) == all.map(\.text), "\(r.id)")
            let chosen = Array(stride(from: 1, to: all.count, by: 3)) + (all.isEmpty ? [] : [all.count - 1])
            let picked = Array(Set(chosen)).sorted()
            #expect(TextField.fields(at: picked, of: r) == picked.map { all[$0] }, "\(r.id)")
        }
    }

    /// The snippet reads only the characters around the match: it must equal cutting the
    /// whole text as an array of characters, at every match, for several radii.
    @Test func windowedSnippetEqualsTheWholeTextCut() {
        func plain(_ f: TextField, _ match: Range<Int>, _ radius: Int) -> SearchHit {
            let chars = Array(f.text)
            var start = max(0, match.lowerBound - radius)
            var end = min(chars.count, match.upperBound + radius)
            while start > 0, start < match.lowerBound, chars[start - 1] != " " { start += 1 }
            while end < chars.count, end > match.upperBound, chars[end] != " " { end -= 1 }
            let prefix = start > 0 ? "…" : "", suffix = end < chars.count ? "…" : ""
            let body = String(chars[start..<end]).split(whereSeparator: \.isNewline).joined(separator: " ")
            let offset = prefix.count + (match.lowerBound - start)
            return SearchHit(field: f, snippet: prefix + body + suffix, match: offset..<(offset + match.count))
        }
        var checked = 0
        for f in atlas.fields {
            for q in ["e", "de", "werkzoek", "’", "."] {
                for m in TextFolding.matches(of: q, in: f.text).prefix(6) {
                    for radius in [0, 1, 5, 30, 400] {
                        #expect(Searcher.snippet(of: f, match: m, radius: radius) == plain(f, m, radius), "\(q) in \(f.path), radius \(radius)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test func themeMatrixCellsEqualFilteringTheTags() {
        let m = atlas.themeMatrix
        let tags = ThemeTagger.tags(atlas.regions, vocabulary: atlas.vocabulary)
        #expect(m.themes.count == 24 && m.regionIDs == atlas.regions.map(\.id))
        for (i, t) in m.themes.enumerated() {
            for (j, id) in m.regionIDs.enumerated() {
                #expect(m.cells[i][j] == tags.filter { $0.theme == t.id && $0.target.regionID == id })
            }
        }
        #expect(m.maxCount > 0)
        #expect(atlas.themeMatrix == m)
    }

    @Test func wordStartMatchingOnBytes() {
        #expect(ThemeTagger.startsWord(term: "taal", in: "taalcursus"))
        #expect(ThemeTagger.startsWord(term: "taal", in: "de (taal) les"))
        #expect(!ThemeTagger.startsWord(term: "taal", in: "moedertaal"))
        #expect(ThemeTagger.startsWord(term: "taal", in: "moedertaal, taal"))
        #expect(!ThemeTagger.startsWord(term: "taal", in: "ëtaal"), "a letter before the match, even outside ASCII")
        #expect(!ThemeTagger.startsWord(term: "", in: "taal"))
    }

    @Test func regionByIDUsesTheIndex() {
        for r in atlas.regions { #expect(atlas.region(id: r.id) == r) }
        #expect(atlas.region(id: "nowhere") == nil)
    }

    @Test func concurrentMapKeepsOrder() {
        let input = Array(0..<10_000)
        #expect(input.concurrentMap { $0 * 3 } == input.map { $0 * 3 })
        #expect([Int]().concurrentMap { $0 } == [])
        #expect([7].concurrentMap { $0 + 1 } == [8])
    }

    @Test func memoizedValuesAreKeptPerKeyAndBounded() throws {
        // An atlas of its own: no other test fills its store meanwhile.
        let a = try AtlasLoader.load(directory: TestData.directory)
        #expect(a.memoized("k1") { 1 } == 1)
        #expect(a.memoized("k1") { 2 } == 1, "the first value is kept")
        #expect(a.memoized("k2") { 2 } == 2)
        for i in 0..<(AtlasMemo.capacity - 3) { _ = a.memoized("fill-\(i)") { i } }
        #expect(a.memoized("k1") { 3 } == 1, "below the bound nothing is dropped")
        for i in 0..<(AtlasMemo.capacity * 2) { _ = a.memoized("more-\(i)") { i } }
        #expect(a.memoized("more-\(AtlasMemo.capacity * 2 - 1)") { -1 } == AtlasMemo.capacity * 2 - 1)
        // Past the bound the store started afresh: the first value is computed again.
        #expect(a.memoized("k1") { 4 } == 4, "the store is bounded")
    }
}
