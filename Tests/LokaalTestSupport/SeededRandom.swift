/// The tests' one deterministic random number generator (SplitMix64): fuzz, size sweep and mutations.
///
/// The same seed gives the same sequence on every platform and run, so a failing
/// seed can be replayed with `LOKAAL_FUZZ_SEED`. Not for anything but tests.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// A uniformly chosen element of a non-empty collection.
    public mutating func pick<C: Collection>(_ c: C) -> C.Element { c.randomElement(using: &self)! }
}
