import Synchronization

/// Values derived from an ``Atlas`` on first use and then kept.
///
/// The atlas is immutable, so a derived value never goes stale: the theme matrix,
/// the folded text of every field, a section laid out at a width. Computing these at load
/// time would slow every start for screens most sessions never open; computing
/// them on every key would make keys slow. Thread-safe: the first caller computes.
/// Keyed values are bounded: past `capacity` entries the store starts afresh.
final class AtlasMemo: Sendable {
    private let matrix = Mutex<ThemeMatrix?>(nil)
    private let folded = Mutex<[[String]]?>(nil)
    private let fit = Mutex<FitIndex?>(nil)
    private let keyed = Mutex<[AnyHashable: any Sendable]>([:])
    static let capacity = 512

    func themeMatrix(_ make: () -> ThemeMatrix) -> ThemeMatrix {
        once(matrix, make)
    }

    func foldedTexts(_ make: () -> [[String]]) -> [[String]] {
        once(folded, make)
    }

    /// Kept apart from the bounded keyed values: rebuilding it costs a quarter second at 1,000 regions.
    func fitIndex(_ make: () -> FitIndex) -> FitIndex {
        once(fit, make)
    }

    func value<Key: Hashable & Sendable, Value: Sendable>(_ key: Key, _ make: () -> Value) -> Value {
        if let v = keyed.withLock({ $0[AnyHashable(key)] }) as? Value { return v }
        let v = make()
        keyed.withLock { store in
            if store.count >= Self.capacity { store.removeAll(keepingCapacity: true) }
            store[AnyHashable(key)] = v
        }
        return v
    }

    private func once<Value: Sendable>(_ slot: borrowing Mutex<Value?>, _ make: () -> Value) -> Value {
        if let v = slot.withLock({ $0 }) { return v }
        let v = make()
        return slot.withLock { current in
            if let c = current { return c }
            current = v
            return v
        }
    }
}
