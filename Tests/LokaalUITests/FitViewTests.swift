import Testing
import LokaalCore
import LokaalTestSupport
@testable import LokaalUI

/// The fit view through the controller: typing re-ranks on every key, Enter opens the item in its region,
/// Esc comes back with the offer kept, text of stop words says why nothing is ranked.
@Suite struct FitViewTests {
    let atlas = Fixture.atlas
    static let offer = "wij bieden schuldhulpverlening en budgetbeheer"

    @Test func fOpensTheViewTypingAndEveryKeyReRanks() {
        var s = Fixture.state(cols: 80, rows: 24)
        _ = Controller.update(&s, key: .char("f"), atlas: atlas)
        #expect(s.mode == .fit && s.fitView.typing && s.fitView.text.isEmpty && s.fitView.hits.isEmpty)
        for c in Self.offer {
            _ = Controller.update(&s, key: .char(c), atlas: atlas)
            // The kept hits belong to the text as it is after this very key.
            #expect(s.fitView.ranked == s.fitView.text)
            #expect(s.fitView.hits == DerivedData.fit(s.fitView.text, atlas).hits)
        }
        #expect(s.fitView.text == Self.offer)
        _ = Controller.update(&s, key: .backspace, atlas: atlas)
        #expect(s.fitView.ranked == String(Self.offer.dropLast()))
    }

    @Test func aNewUsersOfferPutsAalstsFinancesNeedFirstWithTheReason() throws {
        let (s, _) = Fixture.run("f" + Self.offer)
        let first = try #require(s.fitView.hits.first)
        #expect(first.item.regionID == "aalst" && first.item.kind == .service && first.item.id == "S11")
        #expect(first.item.title.contains("administratie en financiën"))
        let screen = Fixture.render(s).lines
        #expect(screen[3].contains("Aalst") && screen[3].contains("S11") && screen[3].contains("100%"))
        #expect(screen[4].contains("why: schuldhulpverlening→schuldenlast"))
        #expect(screen[4].contains("(compound)"))
        // Wide enough, the theme shows too.
        let wide = Fixture.render(Fixture.run("f" + Self.offer, cols: 200, rows: 48).0).lines
        #expect(wide[4].contains("debts & finances theme"))
    }

    @Test func enterOpensAServiceNeedInServicesScrolledToIt() throws {
        let (s, _) = Fixture.run("f" + Self.offer + "<Enter><Enter>")
        #expect(s.mode == .browse && s.returnTo == .fit && s.focus == .content)
        #expect(atlas.regions[s.region].id == "aalst" && s.currentSection == .services && s.openChallenge == nil)
        let screen = Fixture.render(s).lines.joined(separator: "\n")
        #expect(screen.contains("11. Need:"))
        #expect(s.status?.hasPrefix("S11 · Zelf geen structuur") == true)
    }

    @Test func enterOpensAChallengeInChallenges() throws {
        let (f, _) = Fixture.run("f" + Self.offer + "<Enter>")
        let i = try #require(f.fitView.hits.firstIndex { $0.item.kind == .challenge })
        let hit = f.fitView.hits[i]
        let (s, _) = Fixture.run("f" + Self.offer + "<Enter>" + String(repeating: "<Down>", count: i) + "<Enter>")
        #expect(s.mode == .browse && s.returnTo == .fit)
        #expect(atlas.regions[s.region].id == hit.item.regionID && s.currentSection == .challenges)
        #expect(s.openChallenge == hit.item.number - 1 && s.challenge == hit.item.number - 1)
    }

    @Test func escComesBackWithTheOfferAndSelectionKept() {
        let (s, _) = Fixture.run("f" + Self.offer + "<Enter><Down><Down><Enter><Esc>")
        #expect(s.mode == .fit && s.fitView.text == Self.offer && s.fitView.selected == 2 && !s.fitView.typing)
        #expect(s.returnTo == nil)
        // Esc while typing stops typing; Esc again closes the view; f opens it again with the offer, typing.
        let (t, _) = Fixture.run("fschuld<Esc>")
        #expect(t.mode == .fit && !t.fitView.typing)
        let (b, _) = Fixture.run("fschuld<Esc><Esc>")
        #expect(b.mode == .browse && b.fitView.text == "schuld")
        let (again, _) = Fixture.run("fschuld<Esc><Esc>f")
        #expect(again.mode == .fit && again.fitView.typing && again.fitView.text == "schuld")
        // With nothing typed, Esc closes at once; / and f in the list edit the offer.
        #expect(Fixture.run("f<Esc>").0.mode == .browse)
        #expect(Fixture.run("fschuld<Enter>/").0.fitView.typing)
        #expect(Fixture.run("fschuld<Enter>fa").0.fitView.text == "schulda")
    }

    @Test func onlyStopWordsSaysWhyInsteadOfAnEmptyList() {
        let (s, _) = Fixture.run("fwij en de")
        #expect(s.fitView.meaningless && s.fitView.hits.isEmpty)
        let text = Fixture.render(s).lines.joined(separator: " ")
        #expect(text.contains("only stop words"))
        let nl = Fixture.render(Fixture.run("fwij en de", lang: .nl).0).lines.joined(separator: " ")
        #expect(nl.contains("enkel stopwoorden") && nl.contains("Waar past mijn aanbod"))
    }

    @Test func typingFooterShowsOnlyTheKeysThatWorkWhileTyping() {
        let footer = Fixture.render(Fixture.run("fschuld").0).lines.last!
        #expect(footer.contains("Enter ↓ to the hits") && footer.contains("Esc stop typing") && footer.contains("⌫ erase"))
        #expect(!footer.contains("? help") && !footer.contains("q quit"))
        // Typed, ? and q are text.
        let (s, e) = Fixture.run("f?q")
        #expect(s.fitView.text == "?q" && s.help == nil && e.isEmpty)
        // In the list, the mode's keys.
        let list = Fixture.render(Fixture.run("fschuld<Enter>").0).lines.last!
        #expect(list.contains("Enter open") && list.contains("/ edit") && list.contains("? help"))
    }

    @Test func fitsAtTheSmallestSizeAndSanitizesTypedText() {
        let (s, _) = Fixture.run("f" + Self.offer + "<Enter><Down>", cols: 40, rows: 10)
        let lines = Fixture.render(s).lines
        #expect(lines.count == 10 && lines.contains { $0.hasPrefix(" ▶ ") })
        var c = Fixture.run("fschuld").0
        for ch: Character in ["\u{9B}", "\u{202E}", "\u{85}"] { _ = Controller.update(&c, key: .char(ch), atlas: atlas) }
        let shown = Fixture.render(c).lines.joined()
        #expect(c.fitView.text.hasSuffix("\u{85}") && !shown.unicodeScalars.contains { [0x9B, 0x202E, 0x85].contains($0.value) })
    }
}
