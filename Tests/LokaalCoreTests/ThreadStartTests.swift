import CThread
import Dispatch
import Synchronization
import Testing

/// The prefetch thread starts on a core other than the caller's, and then must be free
/// to use every core: the worker threads it starts inherit its CPU set, and when they
/// did not, loading 1,000 regions ran on one core (0.99 CPUs used instead of 1.7).
@Suite struct ThreadStartTests {
    static let seen = Mutex<Int32?>(nil)
    static let done = DispatchSemaphore(value: 0)

    @Test func theStartedThreadMayUseEveryCPUTheProcessMay() throws {
        let process = lk_allowed_cpus()
        try #require(process > 0)
        let rc = lk_start_beside { _ in
            ThreadStartTests.seen.withLock { $0 = lk_allowed_cpus() }
            ThreadStartTests.done.signal()
            return nil
        }
        #expect(rc == 0)
        #expect(Self.done.wait(timeout: .now() + 10) == .success)
        #expect(Self.seen.withLock { $0 } == process, "the thread kept a narrower CPU set than the process has")
    }
}
