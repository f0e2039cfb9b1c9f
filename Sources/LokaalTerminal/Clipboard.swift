#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import LokaalCore

/// Puts text on the clipboard: the environment's native tool, else OSC 52, never through a shell.
///
/// Tools run with `posix_spawn`, their output discarded, with a timeout; OSC 52
/// is capped in size and written with `write(2)` so tmux (with
/// `set-clipboard on`) and most terminals pass it on. The result says how the
/// text went, and whether anything confirmed it.
public struct Clipboard: Sendable {
    /// How to copy: `auto` tries a native tool then OSC 52; `osc52` and `command` force one; `none` copies nothing.
    public enum Method: String, Sendable, CaseIterable { case auto, osc52, command, none }

    /// What happened.
    public enum Outcome: Equatable, Sendable {
        case copied(via: String, confirmed: Bool)
        case failed(reason: String)
    }

    public static let osc52Limit = 74_994
    public var method: Method
    public var environment: [String: String]
    public var timeout: TimeInterval

    public init(method: Method, environment: [String: String] = ProcessEnvironment.current(), timeout: TimeInterval = 2) {
        self.method = method; self.environment = environment; self.timeout = timeout
    }

    /// The native tool for this environment, found on PATH.
    public func tool() -> [String]? {
        var candidates: [[String]] = []
        if environment["WAYLAND_DISPLAY"].map({ !$0.isEmpty }) == true { candidates.append(["wl-copy"]) }
        if environment["DISPLAY"].map({ !$0.isEmpty }) == true {
            candidates.append(["xclip", "-selection", "clipboard"])
            candidates.append(["xsel", "--clipboard", "--input"])
        }
        candidates.append(["pbcopy"])
        candidates.append(["clip.exe"])
        for c in candidates { if let path = which(c[0]) { return [path] + c.dropFirst() } }
        return nil
    }

    func which(_ name: String) -> String? {
        for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if access(p, X_OK) == 0 { return p }
        }
        return nil
    }

    /// Copies `text`; `writeOSC` sends the escape sequence to the terminal.
    public func copy(_ text: String, writeOSC: (String) -> Bool) -> Outcome {
        switch method {
        case .none: return .failed(reason: "copying is off (--clipboard none)")
        case .osc52: return osc52(text, writeOSC)
        case .command:
            guard let t = tool() else { return .failed(reason: "no clipboard tool found (wl-copy, xclip, xsel, pbcopy, clip.exe)") }
            return run(t, text)
        case .auto:
            if let t = tool(), case .copied(let via, let c) = run(t, text) { return .copied(via: via, confirmed: c) }
            return osc52(text, writeOSC)
        }
    }

    func osc52(_ text: String, _ write: (String) -> Bool) -> Outcome {
        let bytes = Data(text.utf8)
        guard bytes.count <= Self.osc52Limit else { return .failed(reason: "too long for OSC 52 (\(bytes.count) bytes)") }
        let seq = "\u{1B}]52;c;" + bytes.base64EncodedString() + "\u{07}"
        return write(seq) ? .copied(via: "OSC 52", confirmed: false) : .failed(reason: "could not write to the terminal")
    }

    /// Runs a tool with `text` on stdin, no shell, output to /dev/null, killed after the timeout.
    func run(_ argv: [String], _ text: String) -> Outcome {
        let name = argv[0].split(separator: "/").last.map(String.init) ?? argv[0]
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return .failed(reason: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // Its own process group, so it gets no signals from the terminal.
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attr, 0)
        var pid: pid_t = 0
        let cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        let rc = posix_spawn(&pid, argv[0], &actions, &attr, cargs, environ)
        close(fds[0])
        guard rc == 0 else { close(fds[1]); return .failed(reason: "\(name) could not start") }
        signal(SIGPIPE, SIG_IGN)
        let bytes = Array(text.utf8)
        var written = 0
        let flags = fcntl(fds[1], F_GETFL)
        _ = fcntl(fds[1], F_SETFL, flags | O_NONBLOCK)
        let deadline = Date().addingTimeInterval(timeout)
        while written < bytes.count, Date() < deadline {
            let n = bytes[written...].withUnsafeBufferPointer { Glibc.write(fds[1], $0.baseAddress, $0.count) }
            if n > 0 { written += n } else if errno == EAGAIN { usleep(5_000) } else { break }
        }
        close(fds[1])
        var status: Int32 = 0
        while Date() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                let code = (status >> 8) & 0xff
                let exited = (status & 0x7f) == 0
                return exited && code == 0 && written == bytes.count
                    ? .copied(via: name, confirmed: true)
                    : .failed(reason: "\(name) failed (exit \(exited ? code : 128 + (status & 0x7f)))")
            }
            if r < 0 { return .failed(reason: "\(name) vanished") }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return .failed(reason: "\(name) did not finish within \(Int(timeout)) s")
    }
}
