import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over every core, results in order: loading, validating and indexing
    /// regions are independent per region and are most of lokaal's start-up work.
    /// Small inputs run in one chunk per element; the order of results never depends on timing.
    /// With `parallel` false it is a plain `map`: for little work, starting the worker
    /// threads costs more than it saves.
    func concurrentMap<T: Sendable>(parallel: Bool = true, _ transform: @Sendable (Element) -> T) -> [T] {
        guard parallel, count > 1 else { return map(transform) }
        var slots = [T?](repeating: nil, count: count)
        let chunks = Swift.min(count, 64)
        slots.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            self.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let items = input
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let lower = c * items.count / chunks, upper = (c + 1) * items.count / chunks
                    for i in lower..<upper { out[i] = transform(items[i]) }
                }
            }
        }
        return slots.map { $0! }
    }
}
