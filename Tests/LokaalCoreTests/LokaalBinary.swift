import Foundation
import LokaalTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The real `lokaal` executable that `swift test` built next to the test bundle,
/// run with a deadline: a run that overstays it is killed and reported as a hang.
struct LokaalBinary: Sendable {
    /// What one run did.
    struct Run: Sendable {
        /// The exit status, or nil when the process was killed by a signal (or timed out).
        var status: Int32?
        var signal: Int32?
        var timedOut: Bool
        var seconds: Double
        var stdout: Data
        var stderr: Data
    }

    let path: String

    /// `lokaal` in the build directory that holds the running test bundle, or nil.
    static func locate() -> LokaalBinary? {
        var dirs: [URL] = []
        let bundle = Bundle.main.bundleURL
        dirs += [bundle, bundle.deletingLastPathComponent()]
        if let exe = Bundle.main.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        if let arg0 = CommandLine.arguments.first { dirs.append(URL(fileURLWithPath: arg0).deletingLastPathComponent()) }
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dirs.append(URL(fileURLWithPath: me).deletingLastPathComponent())
        }
        for d in dirs {
            // Inside a macOS .xctest bundle the binary is three levels up (Contents/MacOS/…).
            for up in 0...3 {
                var dir = d
                for _ in 0..<up { dir.deleteLastPathComponent() }
                let candidate = dir.appendingPathComponent("lokaal").path
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return LokaalBinary(path: candidate)
                }
            }
        }
        return nil
    }

    /// The environment of every run: no backtraces, a UTF-8 locale, no colour.
    static let environment: [String: String] = [
        "SWIFT_BACKTRACE": "enable=no", "LC_ALL": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb",
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
    ]

    /// Runs `lokaal ARGS --data` on the bundled data as a user would, its output in a scratch
    /// directory that is removed afterwards; killed after 20 seconds.
    func runOnBundledData(_ arguments: [String]) throws -> Run {
        let scratch = try ScratchDirectory(prefix: "lokaal-run")
        return run(arguments + ["--data", TestData.directory], in: scratch.path,
                   outputs: (scratch.path + "/out", scratch.path + "/err"), deadline: 20)
    }

    /// Runs `lokaal ARGS` in `directory`, output to the two scratch files, killed after `deadline` seconds.
    /// With `user` set (root only), runs as that uid/gid through `setpriv`.
    func run(_ arguments: [String], in directory: String, outputs: (String, String), deadline: Double,
             asUser user: UInt32? = nil) -> Run {
        let p = Process()
        if let user {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            p.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", path] + arguments
        } else {
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = arguments
        }
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        p.environment = Self.environment
        ScratchFile.create(outputs.0)
        ScratchFile.create(outputs.1)
        guard let out = FileHandle(forWritingAtPath: outputs.0), let err = FileHandle(forWritingAtPath: outputs.1) else {
            return Run(status: nil, signal: nil, timedOut: false, seconds: 0, stdout: Data(), stderr: Data("cannot open output files".utf8))
        }
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in finished.signal() }
        let start = DispatchTime.now()
        do { try p.run() } catch {
            try? out.close(); try? err.close()
            return Run(status: nil, signal: nil, timedOut: false, seconds: 0, stdout: Data(), stderr: Data("cannot start: \(error)".utf8))
        }
        var timedOut = false
        if finished.wait(timeout: start + deadline) == .timedOut {
            timedOut = true
            kill(p.processIdentifier, SIGKILL)
            finished.wait()
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        try? out.close(); try? err.close()
        let signalled = p.terminationReason == .uncaughtSignal
        return Run(status: signalled || timedOut ? nil : p.terminationStatus,
                   signal: signalled ? p.terminationStatus : nil,
                   timedOut: timedOut, seconds: seconds,
                   stdout: FileManager.default.contents(atPath: outputs.0) ?? Data(),
                   stderr: FileManager.default.contents(atPath: outputs.1) ?? Data())
    }
}
