import LokaalCore

/// Which challenge or service need the browser is on, for "more like this" (key `m`).
///
/// In Challenges: the open challenge, else the selected one in the list. In Services: the
/// topmost service whose numbered line ("3. Need", "3. …") is in view, else the one whose
/// text fills the pane. Nil elsewhere.
enum SimilarSource {
    static func item(_ s: AppState, _ atlas: Atlas, _ layout: Layout) -> Int? {
        guard atlas.regions.indices.contains(s.region) else { return nil }
        let r = atlas.regions[s.region]
        let number: Int
        let kind: ThemeTarget.Kind
        switch s.currentSection {
        case .challenges:
            let c = s.openChallenge ?? s.challenge
            guard r.challenges.indices.contains(c) else { return nil }
            number = c + 1; kind = .challenge
        case .services:
            guard !r.arena.services.isEmpty else { return nil }
            let lines = ContentModel.current(s, atlas: atlas, width: layout.textWidth)?.lines ?? []
            let starts = serviceStarts(lines, count: r.arena.services.count)
            let inView = starts.firstIndex { $0.map { $0 >= s.scroll && $0 < s.scroll + layout.content.height } ?? false }
            number = (inView ?? starts.lastIndex { $0.map { $0 <= s.scroll } ?? false } ?? 0) + 1
            kind = .service
        default: return nil
        }
        return atlas.fitIndex.items.firstIndex { $0.regionID == r.id && $0.kind == kind && $0.number == number }
    }

    /// The first line of each service in the Services text (nil when not found).
    static func serviceStarts(_ lines: [StyledLine], count: Int) -> [Int?] {
        var out = [Int?](repeating: nil, count: count)
        var next = 1
        for (i, line) in lines.enumerated() where next <= count {
            if ScalarTrimming.trimmingWhitespace(line.text).hasPrefix("\(next). ") { out[next - 1] = i; next += 1 }
        }
        return out
    }
}
