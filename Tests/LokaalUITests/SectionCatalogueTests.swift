import Testing
import LokaalCore
@testable import LokaalUI

/// The section catalogue is the one source of the sections' order, keys and names.
@Suite struct SectionCatalogueTests {
    let atlas = Fixture.atlas

    @Test func everySectionsKeyJumpsToItAndItsHelpRowNamesIt() {
        let keys = SectionCatalogue.entries.map(\.key)
        #expect(Set(keys).count == keys.count)
        let help = HelpRows.rows(filter: "", lang: .nl, keymap: .standard, mode: .browse)
        for (i, e) in SectionCatalogue.entries.enumerated() {
            var s = Fixture.state(cols: 80, rows: 24)
            _ = Controller.update(&s, key: e.key, atlas: atlas)
            #expect(s.section == i && s.currentSection == e.section)
            #expect(help.contains { $0.keys == e.key.label && $0.text == "Sectie: " + e.title.nl })
        }
    }

    @Test func oneDutchNamePerSectionOnEveryScreen() {
        // The section list and the comparison's headings say the same.
        let (list, _) = Fixture.run("3", lang: .nl)
        #expect(Fixture.render(list).lines.joined().contains("3 Diensten"))
        let (compare, _) = Fixture.run(" <Down> c<End>", cols: 160, rows: 48, lang: .nl)
        let text = Fixture.render(compare).lines.joined(separator: "\n") + DerivedData.compareLayout(compare, atlas, width: 160).lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("── Diensten") && !text.contains("Arena-analyse"))
        #expect(SectionCatalogue.order.allSatisfy { Section.allCases.contains($0) })
        #expect(SectionCatalogue.entries.map(\.slug).contains("local-choices"))
    }
}
