/// The timeline: whose milestones it lists (the regions marked when it opened, or every region) and the selected one.
///
/// `regions` is fixed when the view opens with `w`, so marking regions in the
/// browser after Enter does not change the list that Esc comes back to.
public struct TimelineViewState: Equatable, Sendable {
    /// Indexes into the atlas of the regions listed; empty for every region.
    public var regions: [Int] = []
    /// The selected milestone (an index into the entries); nil until the view first shows, when it selects the one at today.
    public var selected: Int?

    public init(regions: [Int] = []) { self.regions = regions }
}
