import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LokaalCLI
import LokaalCore
import LokaalTerminal

/// Options every command shares: where the data is, and the interface language.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Data directory (default: $LOKAAL_DATA, ../share/lokaal, the source tree's Data/).", valueName: "DIR"),
            completion: .directory)
    var data: String?

    @Option(name: .long, help: "Interface language: en or nl (default: from the locale).")
    var lang: String?

    @Option(name: .long, help: "How the browser copies: auto, osc52, command or none (default: $LOKAAL_CLIPBOARD or auto).")
    var clipboard: String?

    var clipboardMethod: Clipboard.Method {
        Clipboard.Method(rawValue: (clipboard ?? ProcessEnvironment.value("LOKAAL_CLIPBOARD") ?? "auto").lowercased()) ?? .auto
    }

    func validate() throws {
        if let clipboard, Clipboard.Method(rawValue: clipboard.lowercased()) == nil {
            throw ValidationError("--clipboard must be auto, osc52, command or none, not \"\(clipboard)\"")
        }
        if let lang, Lang(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be en or nl, not \"\(lang)\"")
        }
    }

    var language: Lang { Lang.detect(flag: lang, environment: ProcessEnvironment.current()) }

    /// The located and loaded atlas; on failure prints one line and exits 65 or 66.
    func loadAtlas() throws -> Atlas {
        do throws(LoadError) {
            if let prefetched = Prefetch.take(explicit: data) { return try prefetched.get() }
            return try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        } catch {
            throw Fail(error.description, code: error.exitCode)
        }
    }

    /// How plain output should look on this stdout.
    var style: OutputStyle {
        let tty = isatty(STDOUT_FILENO) == 1
        return OutputStyle(width: tty ? Self.terminalWidth() : 80,
                           color: OutputStyle.decide(isTerminal: tty, environment: ProcessEnvironment.current()))
    }

    static func terminalWidth() -> Int {
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return min(Int(ws.ws_col), 160) }
        return 80
    }
}

/// A failure already worded for the user: printed as `lokaal: MESSAGE` on stderr, then exit with `code`.
struct Fail: Error {
    let message: String
    let code: Int32
    init(_ message: String, code: Int32) { self.message = message; self.code = code }
}

extension ParsableCommand {
    /// Prints a ``Fail`` and exits with its code; other errors go to ArgumentParser.
    ///
    /// It exits here rather than throwing `ExitCode`: ArgumentParser answers any thrown error by
    /// building the whole help text first, only to print none of it for an exit code.
    static func report(_ body: () throws -> Void) throws {
        do { try body() } catch let f as Fail {
            emit("lokaal: " + Sanitizer.clean(f.message) + "\n", to: STDERR_FILENO)
            exitProcess(f.code)
        }
    }
}

/// Ends the process with `code`, as ArgumentParser does after an error (C `exit`: buffers flushed).
func exitProcess(_ code: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(code)
    #else
    Darwin.exit(code)
    #endif
}

/// Writes to stdout (or `fd`) without buffering surprises.
func emit(_ s: String, to fd: Int32 = STDOUT_FILENO) {
    var s = s
    s.withUTF8 { buffer in
        var done = 0
        while done < buffer.count {
            let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
            if n > 0 { done += n; continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                // A non-blocking stdout that is full: wait until it takes more.
                var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&p, 1, -1)
                continue
            }
            return   // closed or failed: nothing more can be said there
        }
    }
}

/// Resolves REGION arguments, exiting 64 with suggestions when one is unknown or ambiguous.
func resolveRegions(_ queries: [String], in atlas: Atlas) throws -> [Region] {
    var seen = Set<String>()
    // A region named twice ("leuven leu") counts once, where it was first named.
    return try queries.map { q in
        switch RegionResolver.resolve(q, in: atlas) {
        case .success(let r): return r
        case .failure(let f): throw Fail(f.message, code: 64)
        }
    }.filter { seen.insert($0.id).inserted }
}
