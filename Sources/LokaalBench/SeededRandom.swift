/// SplitMix64: a tiny deterministic generator, so a seed always gives the same data set and key session.
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded; benchmarks must be reproducible.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An element of a non-empty array.
    mutating func pick<T>(_ list: [T]) -> T { list[Int.random(in: 0..<list.count, using: &self)] }

    /// An index in `0..<count` drawn with weight 1/(rank+1) (Zipf-like): a few items are common, most are rare.
    mutating func zipf(_ count: Int) -> Int {
        let total = (1...count).reduce(0.0) { $0 + 1.0 / Double($1) }
        var x = Double.random(in: 0..<total, using: &self)
        for i in 0..<count {
            x -= 1.0 / Double(i + 1)
            if x < 0 { return i }
        }
        return count - 1
    }
}
