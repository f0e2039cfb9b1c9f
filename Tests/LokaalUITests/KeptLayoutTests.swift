import Testing
import LokaalCore
@testable import LokaalUI

/// Layouts and search lines kept with the atlas equal what a fresh computation gives.
@Suite struct KeptLayoutTests {
    let atlas = Fixture.atlas

    @Test func keptContentModelsEqualFreshOnes() {
        for r in atlas.regions.indices {
            for section in SectionCatalogue.order {
                let opens: [Int?] = section == .challenges ? [nil] + atlas.regions[r].challenges.indices.map { $0 } : [nil]
                for open in opens {
                    for width in [1, 20, 57, 118] {
                        let fresh = ContentModel(region: atlas.regions[r], section: section, openChallenge: open, width: width, lang: .nl, today: Fixture.today)
                        let kept = ContentModel.cached(region: r, section: section, openChallenge: open, width: width, lang: .nl, today: Fixture.today, atlas: atlas)
                        #expect(kept == fresh, "\(r) \(section) \(String(describing: open)) @\(width)")
                    }
                }
            }
        }
    }

    @Test func keptSearchLinesGiveTheSameMatchesAsFromScratch() {
        for r in atlas.regions.indices {
            for q in ["roy", "Hiërarchie", "e", "vdab", "zzz", "’"] {
                for width in [30, 96] {
                    let scratch = RegionSearchUpdate.matches(query: q, region: atlas.regions[r], width: width, lang: .en, today: Fixture.today)
                    let kept = RegionSearchUpdate.matches(query: q, region: r, atlas: atlas, width: width, lang: .en, today: Fixture.today)
                    #expect(kept == scratch, "\(q) in region \(r) @\(width)")
                }
            }
        }
        #expect(!RegionSearchUpdate.matches(query: "roy", region: atlas.regions.count - 1, atlas: atlas, width: 80, lang: .en, today: Fixture.today).isEmpty)
    }
}
