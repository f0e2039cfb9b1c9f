import Dispatch
import Foundation
import LokaalCore
import Synchronization

/// Loads the data on a second core while the command line is still being parsed.
///
/// Parsing the arguments costs about as much as loading the five bundled regions,
/// and the two do not depend on each other: the data directory is known from
/// `--data` and the environment before any other option matters. So `main` starts
/// the load at once, and ``CommonOptions/loadAtlas()`` takes the result if it was
/// for the directory the parsed options name — otherwise it loads afresh, so a
/// mistaken guess costs time, never correctness. Invocations that need no data
/// (`--version`, help, completion scripts, `validate`, which collects every problem) skip it.
enum Prefetch {
    private struct Started: Sendable {
        let directory: String
        let done: DispatchSemaphore
    }
    private static let started = Mutex<Started?>(nil)
    private static let result = Mutex<Result<Atlas, LoadError>?>(nil)

    static let dataFreeWords: Set<String> = ["--version", "-h", "--help", "help", "--generate-completion-script",
                                             "--experimental-dump-help", "validate"]

    /// Starts loading when these arguments will need data.
    static func start(arguments: [String]) {
        let args = Array(arguments.dropFirst())
        guard !args.contains(where: { dataFreeWords.contains($0) || $0.hasPrefix("--generate-completion-script") }) else { return }
        guard let directory = try? DataLocator(explicit: explicitData(in: args)).locate() else { return }
        let done = DispatchSemaphore(value: 0)
        started.withLock { $0 = Started(directory: directory, done: done) }
        DispatchQueue.global(qos: .userInteractive).async {
            let loaded: Result<Atlas, LoadError>
            do throws(LoadError) { loaded = .success(try AtlasLoader.load(directory: directory)) } catch { loaded = .failure(error) }
            result.withLock { $0 = loaded }
            done.signal()
        }
    }

    /// The value of `--data DIR` or `--data=DIR`, as the parser will read it.
    static func explicitData(in args: [String]) -> String? {
        var found: String?
        var i = 0
        while i < args.count {
            if args[i] == "--" { break }
            if args[i] == "--data", i + 1 < args.count { found = args[i + 1]; i += 2; continue }
            if args[i].hasPrefix("--data=") { found = String(args[i].dropFirst(7)) }
            i += 1
        }
        return found
    }

    /// The prefetched load of `directory`, waiting for it to finish; nil when none was started for it.
    static func take(directory: String) -> Result<Atlas, LoadError>? {
        guard let s = started.withLock({ $0 }), s.directory == directory else { return nil }
        s.done.wait()
        s.done.signal()
        return result.withLock { $0 }
    }
}
