import Dispatch
import Glibc
import Synchronization
import Testing
@testable import LokaalCore

/// A share runs every posted item exactly once, whoever helps and whenever they arrive.
@Suite struct WorkShareTests {
    @Test func everyItemRunsOnceWithHelpersArrivingAtAnyTime() {
        for round in 0..<200 {
            let share = WorkShare()
            let runs = Mutex<[Int]>(Array(repeating: 0, count: 7))
            let items: [@Sendable () -> Void] = (0..<7).map { i in { runs.withLock { $0[i] += 1 } } }
            let helpers = DispatchGroup()
            // Helpers that come before the work is posted, during, and after it is done.
            for h in 0..<3 {
                DispatchQueue.global().async(group: helpers) {
                    if (round + h) % 3 == 2 { usleep(UInt32(round % 5) * 50) }
                    share.help()
                }
            }
            share.run(items)
            share.close()
            helpers.wait()
            #expect(runs.withLock { $0 } == Array(repeating: 1, count: 7), "round \(round)")
        }
    }

    @Test func aHelperReturnsWhenNothingIsPosted() {
        let share = WorkShare()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { share.help(); done.signal() }
        share.close()
        #expect(done.wait(timeout: .now() + 5) == .success)
    }

    @Test func theLoadIsTheSameWithAShare() throws {
        let plain = try AtlasLoader.load(directory: TestData.directory)
        let share = WorkShare()
        let helper = DispatchQueue.global()
        helper.async { share.help() }
        let shared = try AtlasLoader.load(directory: TestData.directory, share: share)
        share.close()
        #expect(shared.regions == plain.regions)
        #expect(shared.vocabulary == plain.vocabulary)
    }
}
