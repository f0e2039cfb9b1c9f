/// Where the fit view's hits go on screen: the first row of the list and how many hits fit.
///
/// Shared by the view, which draws the hits two lines each from ``top``, and the
/// update, which pages by a screenful; so that neither calls the other.
enum FitRows {
    /// The first row of the hit list (below the header, the prompt and a blank line).
    static let top = 3

    /// How many hits (two lines each) the list shows on a screen of `rows` rows.
    static func visible(rows: Int) -> Int { max(1, (rows - top - 1) / 2) }
}
