import CThread
import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import LokaalCore
import Synchronization

/// Loads the data on a second core while the command line is still being parsed.
///
/// Parsing the arguments costs about as much as loading the five bundled regions,
/// and the two do not depend on each other: the data directory is known from
/// `--data` and the environment before any other option matters. So `main` starts
/// the load at once, and ``CommonOptions/loadAtlas()`` takes the result if it was
/// for the directory the parsed options name — otherwise it loads afresh, so a
/// mistaken guess costs time, never correctness. On small data the loader posts its
/// per-file work to a ``WorkShare``: the main thread, once parsed, reads files the
/// other thread has not started instead of waiting idle. Invocations that need no data
/// (`--version`, help, completion scripts, `validate`, which collects every problem) skip it.
enum Prefetch {
    private struct Started: Sendable {
        let explicit: String?
        let done: DispatchSemaphore
        /// The loader's per-file work, which the main thread joins once it has parsed.
        let share: WorkShare
    }
    private static let started = Mutex<Started?>(nil)
    private static let result = Mutex<Result<Atlas, LoadError>?>(nil)

    /// An array, not a Set: the first Set<String> of the process costs a runtime conformance
    /// lookup and seeding the hasher, a quarter of a millisecond before the thread could start.
    static let dataFreeWords = ["--version", "-h", "--help", "help", "--generate-completion-script",
                                "--experimental-dump-help", "validate"]

    /// Starts locating and loading when these arguments will need data. The main thread only
    /// scans the arguments and starts a thread: everything else happens on the other core.
    /// The thread is started on a CPU other than main's (`lk_start_beside`): left to the
    /// scheduler, it often shared main's CPU for the first millisecond or more.
    static func start(arguments: [String]) {
        let args = Array(arguments.dropFirst())
        guard !args.contains(where: { dataFreeWords.contains($0) || $0.hasPrefix("--generate-completion-script") }) else { return }
        let explicit = explicitData(in: args)
        let done = DispatchSemaphore(value: 0)
        started.withLock { $0 = Started(explicit: explicit, done: done, share: WorkShare()) }
        let rc = lk_start_beside { _ in
            Prefetch.run()
            return nil
        }
        if rc != 0 { started.withLock { $0 = nil } }
    }

    private static func run() {
        guard let s = started.withLock({ $0 }) else { return }
        let loaded: Result<Atlas, LoadError>
        do throws(LoadError) {
            loaded = .success(try AtlasLoader.load(directory: try DataLocator(explicit: s.explicit).locate(), share: s.share))
        } catch { loaded = .failure(error) }
        s.share.close()
        result.withLock { $0 = loaded }
        s.done.signal()
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

    /// The prefetched location and load for this `--data` value (the environment and the
    /// executable are the same for both), helping with files nobody has started, then
    /// waiting for the rest; nil when none was started for it.
    static func take(explicit: String?) -> Result<Atlas, LoadError>? {
        guard let s = started.withLock({ $0 }), s.explicit == explicit else { return nil }
        s.share.help()
        s.done.wait()
        s.done.signal()
        return result.withLock { $0 }
    }
}
