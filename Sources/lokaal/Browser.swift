#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LokaalCLI
import LokaalCore
import LokaalTerminal
import LokaalUI

/// Starts the interactive browser, or prints the region list when stdout is not a terminal.
enum Browser {
    /// Exit status when the browser cannot start (EX_UNAVAILABLE).
    static let cannotStart: Int32 = 69

    /// `comparing`: region indexes to open the comparison of (`lokaal compare`); empty opens the browser.
    static func start(atlas: Atlas, options: CommonOptions, comparing: [Int] = []) throws {
        let env = ProcessEnvironment.current()
        if isatty(STDOUT_FILENO) != 1 {
            emit(RegionsReport.plain(atlas, style: OutputStyle(width: 80, color: false)))
            return
        }
        let term = env["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            throw Fail("cannot start the browser: TERM is \(term.isEmpty ? "not set" : "\"dumb\""), so the terminal's abilities are unknown. Set TERM (e.g. xterm-256color) or use a subcommand such as `lokaal regions`.", code: cannotStart)
        }
        if isatty(STDIN_FILENO) != 1 {
            throw Fail("cannot start the browser: standard input is not a terminal. Use a subcommand such as `lokaal regions`.", code: cannotStart)
        }
        let look = Look(color: (env["NO_COLOR"] ?? "").isEmpty)
        let terminal: Terminal
        do { terminal = try Terminal(look: look) } catch { throw Fail(error.description, code: cannotStart) }
        run(terminal, atlas: atlas, look: look, lang: options.language, clipboard: Clipboard(method: options.clipboardMethod), comparing: comparing)
    }

    /// The main loop: render, present, read a key, update, carry out effects.
    static func run(_ t: Terminal, atlas: Atlas, look: Look, lang: Lang, clipboard: Clipboard, comparing: [Int]) {
        var state = AppState.comparing(comparing, rows: t.size.rows, cols: t.size.cols, lang: lang, today: today())
        var dirty = true
        // Test hooks for the crash-restore checks in Tests/e2e: LOKAAL_TEST_CRASH=1 traps after
        // the first frame, LOKAAL_TEST_CRASH=key when Ctrl-T arrives (the test picks the moment).
        let crashHook = ProcessEnvironment.value("LOKAAL_TEST_CRASH")
        let crashForTest = crashHook == "1"
        while true {
            if let sig = t.pendingSignal { t.exit(bySignal: sig) }
            if dirty { t.present(RootView.render(atlas, state, look: look)); dirty = false }
            if crashForTest { fatalError("deliberate crash for the terminal-restore test (LOKAAL_TEST_CRASH=1)") }
            guard let key = t.readKey() else {
                if t.hungUp { t.restore(); exit(0) }
                continue
            }
            if crashHook == "key", key == .ctrl("t") { fatalError("deliberate crash for the terminal-restore test (LOKAAL_TEST_CRASH=key)") }
            dirty = true
            var events = [Event(key)]
            while !events.isEmpty {
                for effect in Controller.update(&state, event: events.removeFirst(), atlas: atlas) {
                    switch effect {
                    case .quit: t.restore(); return
                    case .redraw: t.requestRepaint()
                    case .suspend: t.suspend()
                    case let .copy(text, what):
                        let outcome: CopyResult.Outcome = switch clipboard.copy(Sanitizer.clean(text, keepNewlines: true), writeOSC: { t.writeRaw($0) }) {
                        case let .copied(via, confirmed): .copied(via: via, confirmed: confirmed)
                        case let .failed(reason): .failed(reason: reason)
                        }
                        events.append(.copyFinished(CopyResult(what: what, text: text, outcome: outcome)))
                    }
                }
            }
        }
    }

    /// Today's date as YYYY-MM-DD (local time).
    /// libc's `localtime_r`/`strftime`: a DateFormatter would load ICU's calendars (5 MB, 1 ms) for one date.
    static func today() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buf = [CChar](repeating: 0, count: 16)
        let n = strftime(&buf, buf.count, "%Y-%m-%d", &parts)
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Hidden `--render-once COLSxROWS [--keys K]`: renders one frame without a terminal and prints it (for benchmarks and checks).
    static func renderOnce(atlas: Atlas, size: String, keys: String, options: CommonOptions) throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts.allSatisfy({ $0 > 0 && $0 <= 2000 }) else { throw Fail("--render-once wants COLSxROWS, e.g. 120x40", code: 64) }
        var state = AppState(rows: parts[1], cols: parts[0], lang: options.language, today: today())
        for k in KeyScript.parse(keys) { _ = Controller.update(&state, key: k, atlas: atlas) }
        let screen = RootView.render(atlas, state, look: .mono)
        emit(screen.lines.joined(separator: "\n") + "\n")
    }
}
