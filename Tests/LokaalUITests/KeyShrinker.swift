/// Shortens a failing key sequence (delta debugging): removes ever smaller runs of keys while
/// the failure still reproduces, down to single keys, so what is left is worth reading.
enum KeyShrinker {
    /// `fails` replays a candidate and returns the index of the key where it still fails the same way,
    /// or nil. `budget` bounds the number of replays.
    static func shrink<K>(_ keys: [K], budget: Int = 500, fails: ([K]) -> Int?) -> [K] {
        var current = keys
        if let i = fails(current) { current = Array(current.prefix(i + 1)) }
        var tries = 0
        var chunk = max(1, current.count / 2)
        while tries < budget {
            var removedAny = false
            var start = 0
            while start < current.count, tries < budget {
                var candidate = current
                candidate.removeSubrange(start..<min(current.count, start + chunk))
                tries += 1
                if let i = fails(candidate) {
                    current = Array(candidate.prefix(i + 1))
                    removedAny = true
                } else {
                    start += chunk
                }
            }
            if chunk == 1 && !removedAny { break }
            if !removedAny || chunk > current.count { chunk = max(1, min(chunk, current.count) / 2) }
        }
        return current
    }
}
