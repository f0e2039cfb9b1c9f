import Testing
@testable import LokaalUI

/// The one list viewport: clamping, keeping in view, and the offsets the views use.
@Suite struct ListViewportTests {
    @Test func movesAndScrollsStopAtTheEnds() {
        var v = ListViewport(count: 10, height: 4, selection: 2, offset: 3)
        v.move(by: -5); #expect(v.selection == 0)
        v.move(by: 50); #expect(v.selection == 9)
        v.scroll(by: 100); #expect(v.offset == 6 && v.maxOffset == 6)
        v.scroll(by: -100); #expect(v.offset == 0)
        var empty = ListViewport(count: 0, height: 4, selection: 3, offset: 2)
        empty.clamp(); #expect(empty.selection == 0 && empty.offset == 0)
    }

    @Test func centredOffsetFollowsTheSelectionWithinTheList() {
        #expect(ListViewport(count: 3, height: 5, selection: 2).centredOffset == 0)
        #expect(ListViewport(count: 20, height: 5, selection: 10).centredOffset == 8)
        #expect(ListViewport(count: 20, height: 5, selection: 19).centredOffset == 15)
        #expect(ListViewport(count: 20, height: 6).offset(showing: 9, fromTop: 2) == 7)
    }

    @Test func anItemIsKeptInViewFromItsTop() {
        var v = ListViewport(count: 40, height: 10, offset: 0)
        v.keepInView(12..<15); #expect(v.offset == 5)
        v.keepInView(2..<4); #expect(v.offset == 1)
        // Taller than the window: shown from its first line.
        v.keepInView(20..<35); #expect(v.offset == 20)
        var c = ListViewport(count: 4, height: 2, selection: 3, offset: 0)
        c.keepSelectionInView(); #expect(c.offset == 2)
        c.select(0); c.keepSelectionInView(); #expect(c.offset == 0)
    }
}
