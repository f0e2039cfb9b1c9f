/// The first visible region of the region list, so that the selected region is in view.
public enum RegionListScroll {
    public static func offset(selected: Int, count: Int, height: Int, lines: Int) -> Int {
        let visible = max(1, height / max(1, lines))
        guard count > visible else { return 0 }
        return min(max(0, selected - visible / 2), count - visible)
    }
}
