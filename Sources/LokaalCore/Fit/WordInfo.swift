/// What the index needs of each distinct word, in flat arrays (no per-word allocation to
/// read while indexing): its stem id, compound-part ids, themes it speaks of, and the
/// tagger's terms it starts.
struct WordInfo: Sendable {
    /// The stem id of each word, -1 for a stop word.
    let stem: [Int32]
    /// Per word, which lists are not empty: 1 parts, 2 themes, 4 tags, 8 starts.
    let flags: [UInt8]
    private let partRange: [Range<Int>], partFlat: [Int32]
    private let themeRange: [Range<Int>], themeFlat: [Int]
    private let tagRange: [Range<Int>], tagFlat: [(theme: Int, term: Int)]
    private let startRange: [Range<Int>], startFlat: [Int]

    typealias Entry = (stem: Int32, parts: [Int32], themes: [Int], tags: [(theme: Int, term: Int)], starts: [Int])

    init(words: [String], parallel: Bool, _ describe: @Sendable (String) -> Entry) {
        let entries = words.concurrentMap(parallel: parallel) { w -> Entry in describe(w) }
        stem = entries.map(\.stem)
        flags = entries.map { e in
            (e.parts.isEmpty ? 0 : 1) | (e.themes.isEmpty ? 0 : 2) | (e.tags.isEmpty ? 0 : 4) | (e.starts.isEmpty ? 0 : 8)
        }
        func flatten<T>(_ f: (Entry) -> [T]) -> ([Range<Int>], [T]) {
            var ranges: [Range<Int>] = [], flat: [T] = []
            ranges.reserveCapacity(entries.count)
            for e in entries { let x = f(e); ranges.append(flat.count..<(flat.count + x.count)); flat += x }
            return (ranges, flat)
        }
        (partRange, partFlat) = flatten(\.parts)
        (themeRange, themeFlat) = flatten(\.themes)
        (tagRange, tagFlat) = flatten(\.tags)
        (startRange, startFlat) = flatten(\.starts)
    }

    func parts(_ g: Int) -> ArraySlice<Int32> { partFlat[partRange[g]] }
    func themes(_ g: Int) -> ArraySlice<Int> { themeFlat[themeRange[g]] }
    func tags(_ g: Int) -> ArraySlice<(theme: Int, term: Int)> { tagFlat[tagRange[g]] }
    func starts(_ g: Int) -> ArraySlice<Int> { startFlat[startRange[g]] }
}
