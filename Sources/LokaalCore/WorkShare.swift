import Dispatch
import Synchronization

/// Work one thread posts and any thread that arrives may help with.
///
/// Start-up loads the data on a second core while the main thread parses the
/// arguments (`Prefetch` in the executable); on the bundled data the load takes
/// longer, and the main thread used to wait for it idle. With a share, the loader
/// posts its per-file work here and the main thread, once it has parsed, takes
/// files nobody has started. Which thread does an item never changes its result:
/// each item writes its own slot. A share is used once: ``post(_:)`` at most once,
/// then ``close()``.
public final class WorkShare: Sendable {
    private struct Posted: @unchecked Sendable {
        let items: [@Sendable () -> Void]
    }
    private let posted = Mutex<Posted?>(nil)
    private let next = Atomic<Int>(0)
    private let unfinished = Atomic<Int>(0)
    /// Signalled once work is posted or the share is closed; each waiter passes it on.
    private let ready = DispatchSemaphore(value: 0)
    /// Signalled by whoever finishes the last item.
    private let allDone = DispatchSemaphore(value: 0)

    public init() {}

    /// Posts `items`, runs them with whoever helps, and returns when every one has run.
    public func run(_ items: [@Sendable () -> Void]) {
        guard !items.isEmpty else { return }
        unfinished.store(items.count, ordering: .sequentiallyConsistent)
        posted.withLock { $0 = Posted(items: items) }
        ready.signal()
        work(items)
        if unfinished.load(ordering: .sequentiallyConsistent) > 0 { allDone.wait() }
    }

    /// No more work will be posted: wakes a helper that came too early or too late.
    public func close() {
        ready.signal()
    }

    /// Waits until work is posted or the share is closed, then runs items nobody has taken.
    public func help() {
        ready.wait()
        ready.signal()
        guard let items = posted.withLock({ $0 })?.items else { return }
        work(items)
    }

    private func work(_ items: [@Sendable () -> Void]) {
        while true {
            let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard i < items.count else { return }
            items[i]()
            if unfinished.wrappingSubtract(1, ordering: .sequentiallyConsistent).newValue == 0 { allDone.signal() }
        }
    }
}
