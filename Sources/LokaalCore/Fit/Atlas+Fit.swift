extension Atlas {
    private struct FitIndexKey: Hashable, Sendable {}

    /// The ``FitIndex`` of this atlas, built on first use and kept.
    public var fitIndex: FitIndex { memoized(FitIndexKey()) { FitIndex(atlas: self) } }
}
