extension Atlas {
    /// The ``FitIndex`` of this atlas, built on first use and kept for the atlas's life.
    public var fitIndex: FitIndex { memo.fitIndex { FitIndex(atlas: self) } }
}
