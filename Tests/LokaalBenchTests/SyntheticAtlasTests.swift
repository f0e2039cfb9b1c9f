import Foundation
import Testing
import LokaalCore
@testable import lokaal_bench

/// The benchmark's synthetic data: valid in the real schema, reproducible, personas shared.
@Suite struct SyntheticAtlasTests {
    static let source: Atlas = try! AtlasLoader.load(directory: DataLocator.sourceTreeDataDirectory())

    @Test func sameSeedSameRegionsOtherSeedOtherRegions() {
        let a = SyntheticAtlas(source: Self.source, seed: 7).regions(count: 40)
        #expect(a == SyntheticAtlas(source: Self.source, seed: 7).regions(count: 40))
        #expect(a != SyntheticAtlas(source: Self.source, seed: 8).regions(count: 40))
        #expect(Set(a.map(\.id)).count == 40 && Set(a.map(\.name)).count == 40)
    }

    @Test func writtenDataSetLoadsAndValidates() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lokaal-synth-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try SyntheticAtlas(source: Self.source, seed: 2023).write(count: 120, to: dir, themes: nil)
        let atlas = try AtlasLoader.load(directory: dir)
        #expect(atlas.regions.count == 120)
        #expect(try AtlasLoader.check(directory: dir).isEmpty)
        // Personas are shared: the most common one appears in many regions, as Roy does in the real addenda.
        let spread = atlas.personas.map { $0.regionIDs.count }.max() ?? 0
        #expect(spread >= 12, "most widely shared persona is in \(spread) regions")
        // Text is the real Dutch text, so paragraph lengths are realistic.
        let lengths = atlas.fields.map(\.text.count).sorted()
        #expect(lengths[lengths.count / 2] > 20 && lengths.last! < 5_000)
    }
}

/// Renaming personas in "gebaseerd op" headings.
@Suite struct RenamingTests {
    @Test func renamesWholeWordsAtOnce() {
        let r = ["Roy": "Cato", "Cato": "Evy", "Ann": "Bo"]
        #expect(SyntheticAtlas.renamingWords(in: "de persona’s Roy, Cato en Anne", r) == "de persona’s Cato, Evy en Anne")
        #expect(SyntheticAtlas.renamingWords(in: "Roy", r) == "Cato")
        #expect(SyntheticAtlas.renamingWords(in: "", r) == "")
    }
}
