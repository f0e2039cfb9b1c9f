/// The challenges or the services of two to four regions, paired by meaning rather than by number.
///
/// Two items of different regions are alike when their pair score
/// (``FitIndex/pairScore(_:_:personasA:personasB:)``: cosine of stems and compound parts,
/// shared themes, shared personas) reaches ``threshold``, or when their text is word for
/// word the same (whitespace aside). Rows are built by complete linkage over the pairs,
/// strongest first: two rows merge when they hold no region twice and every item of one
/// is alike to every item of the other. Every item is in exactly one row. Ties are broken
/// by region id and number, never by the order the regions were given in, so comparing B
/// with A gives the same rows as A with B (only their order and columns follow the regions).
/// Rows are ordered so that what is shared comes first: rows with more regions, the same
/// before the similar, then in the first region's reading order.
public struct ItemAlignment: Sendable, Equatable {
    /// How a row's items relate.
    public enum Match: String, Sendable, Codable { case same, similar, only }

    /// One aligned row: per compared region the item's 1-based number, or nil.
    public struct Row: Sendable, Equatable {
        public let numbers: [Int?]
        public let match: Match
        /// What the items share (nil for a row of one item).
        public let why: AlignmentReason?
        /// The mean pair score of the row's items (0 for one item).
        public let score: Double
        /// How many regions have an item in the row.
        public var count: Int { numbers.compactMap { $0 }.count }
    }

    public let kind: ThemeTarget.Kind
    public let regions: [String]
    public let rows: [Row]

    /// The pair score items must reach to share a row: challenges are long and share much of the
    /// addenda's common wording and themes, so they need more than the short service needs.
    public static func threshold(_ kind: ThemeTarget.Kind) -> Double { kind == .challenge ? 0.3 : 0.17 }

    public init(regions: [Region], kind: ThemeTarget.Kind, index: FitIndex) {
        self.kind = kind
        self.regions = regions.map(\.id)
        // Each compared region's items (indexes into the index), in reading order.
        var perRegion: [[Int]] = regions.map { _ in [] }
        let column = Dictionary(regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // A region given twice keeps its items in its first column only: every item is in one row.
        var seen = Set<String>()
        for (c, r) in regions.enumerated() {
            guard seen.insert(r.id).inserted, let range = index.regionRanges[r.id] else { continue }
            perRegion[c] = range.filter { index.items[$0].kind == kind }
        }
        func personas(_ i: Int) -> [String] {
            let it = index.items[i]
            guard kind == .challenge, let r = regions.first(where: { $0.id == it.regionID }), r.challenges.indices.contains(it.number - 1) else { return [] }
            return r.challenges[it.number - 1].personas
        }
        func text(_ i: Int) -> String {
            index.items[i].fields.map { $0.name + ":" + $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.joined(separator: "\n")
        }
        let all = perRegion.flatMap { $0 }
        let texts = Dictionary(uniqueKeysWithValues: all.map { ($0, text($0)) })
        let people = Dictionary(uniqueKeysWithValues: all.map { ($0, personas($0)) })
        let folded = Dictionary(uniqueKeysWithValues: all.map { ($0, Set(people[$0]!.map(TextFolding.fold))) })
        let norms = Dictionary(uniqueKeysWithValues: all.map { ($0, index.norm($0)) })
        let themeSets = Dictionary(uniqueKeysWithValues: all.map { ($0, index.themePositions($0)) })
        // A stable key per item, independent of the order the regions were given in.
        func key(_ i: Int) -> (String, Int) { (index.items[i].regionID, index.items[i].number) }
        func less(_ a: Int, _ b: Int) -> Bool { key(a) < key(b) }

        // Every pair of items of different regions that is alike, strongest first.
        struct Pair { let a, b: Int; let score: Double; let same: Bool }
        var pairs: [Pair] = []
        var alike = Set<[Int]>()
        var scoreOf: [[Int]: Double] = [:]
        for x in perRegion.indices {
            for y in perRegion.indices where y > x {
                for i in perRegion[x] {
                    for j in perRegion[y] {
                        let same = texts[i] == texts[j]
                        let s = same ? 2 : index.pairScore(i, j, norms: (norms[i]!, norms[j]!), themes: (themeSets[i]!, themeSets[j]!),
                                                           sharedPersona: !folded[i]!.isDisjoint(with: folded[j]!))
                        guard same || s >= Self.threshold(kind) else { continue }
                        let (a, b) = less(i, j) ? (i, j) : (j, i)
                        pairs.append(Pair(a: a, b: b, score: s, same: same))
                        alike.insert([a, b])
                        scoreOf[[a, b]] = s
                    }
                }
            }
        }
        pairs.sort { p, q in
            if p.score != q.score { return p.score > q.score }
            if key(p.a) != key(q.a) { return key(p.a) < key(q.a) }
            return key(p.b) < key(q.b)
        }
        func isAlike(_ i: Int, _ j: Int) -> Bool { less(i, j) ? alike.contains([i, j]) : alike.contains([j, i]) }

        // Complete linkage: groups of items, one per region at most, every pair alike.
        var group = Dictionary(uniqueKeysWithValues: all.map { ($0, $0) })
        var members = Dictionary(uniqueKeysWithValues: all.map { ($0, [$0]) })
        for p in pairs {
            let ga = group[p.a]!, gb = group[p.b]!
            guard ga != gb, let ma = members[ga], let mb = members[gb] else { continue }
            let ra = Set(ma.map { index.items[$0].regionID }), rb = Set(mb.map { index.items[$0].regionID })
            guard ra.isDisjoint(with: rb), ma.allSatisfy({ i in mb.allSatisfy { isAlike(i, $0) } }) else { continue }
            let (keep, drop) = less(ga, gb) ? (ga, gb) : (gb, ga)
            members[keep] = (ma + mb).sorted(by: less)
            members[drop] = nil
            for i in members[keep]! { group[i] = keep }
        }

        var rows: [Row] = []
        for (_, m) in members {
            var numbers = [Int?](repeating: nil, count: regions.count)
            for i in m { numbers[column[index.items[i].regionID]!] = index.items[i].number }
            guard m.count > 1 else { rows.append(Row(numbers: numbers, match: .only, why: nil, score: 0)); continue }
            var sum = 0.0, n = 0, allSame = true
            for (k, i) in m.enumerated() {
                for j in m[(k + 1)...] {
                    sum += scoreOf[less(i, j) ? [i, j] : [j, i]] ?? 0; n += 1
                    if texts[i] != texts[j] { allSame = false }
                }
            }
            let why = allSame ? nil : index.reason(m, personas: m.map { people[$0]! })
            rows.append(Row(numbers: numbers, match: allSame ? .same : .similar, why: why, score: sum / Double(max(1, n))))
        }
        func order(_ r: Row) -> (Int, Int, Int, Int) {
            let first = r.numbers.firstIndex { $0 != nil } ?? 0
            let rank = r.match == .same ? 0 : r.match == .similar ? 1 : 2
            return (-r.count, rank, first, r.numbers[first] ?? 0)
        }
        self.rows = rows.sorted { order($0) < order($1) }
    }

    /// How many rows hold items of two or more regions.
    public var shared: Int { rows.filter { $0.count > 1 }.count }

    /// "9 of 10 service types shared (9 the same), 1 only in Leuven".
    public func summary(_ names: [String], lang: Lang) -> String {
        let noun = kind == .challenge ? Label.challengesNoun[lang] : Label.serviceTypes[lang]
        let same = rows.filter { $0.match == .same }.count, similar = rows.filter { $0.match == .similar }.count
        var text = "\(shared) \(Label.of[lang]) \(rows.count) \(noun) \(Label.shared[lang])"
        if shared > 0 {
            text += lang == .en ? " (\(same) the same, \(similar) similar)" : " (\(same) zelfde, \(similar) gelijkaardig)"
        }
        for (c, name) in names.enumerated() {
            let only = rows.filter { $0.match == .only && $0.numbers[c] != nil }.count
            if only > 0 { text += ", \(only) " + Label.onlyIn(lang, name) }
        }
        return text
    }
}
