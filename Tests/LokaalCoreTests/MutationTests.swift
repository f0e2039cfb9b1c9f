import Foundation
import Testing
@testable import LokaalCore
import LokaalTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 5: thousands of broken data files — wrong types, missing fields, truncation,
/// invalid UTF-8, huge values, deep nesting, odd files — each give exit 65 or 66
/// naming the file and the JSON path, within 2 s, with no crash, hang or raw
/// control character; in process and through the real binary.
///
/// Reproducible: the catalogue depends only on the bundled data, the seed
/// (`LOKAAL_MUTATION_SEED`, default 0x10CAA1) and the scale (`LOKAAL_SOAK`, default 1),
/// which multiplies the sampled parts for a longer run.
@Suite(.serialized) struct MutationTests {
    static let environment = ProcessInfo.processInfo.environment
    static let scale = max(1, Int(environment["LOKAAL_SOAK"] ?? "") ?? 1)
    static let seed = UInt64(environment["LOKAAL_MUTATION_SEED"] ?? "") ?? 0x10CAA1
    /// Every mutation must be answered within this many seconds.
    static let deadline = 2.0
    static let isRoot = geteuid() == 0
    static let nobody: UInt32 = 65534
    static let binary = LokaalBinary.locate()
    /// Set by `make test` and `make check`: there a missing binary is a failure, not a reason to skip.
    static let binaryRequired = ProcessInfo.processInfo.environment["LOKAAL_REQUIRE_BINARY"] == "1"

    static let built: (mutations: [Mutation], seconds: Double) = {
        let start = Date()
        guard var mutator = try? DataMutator(dataDirectory: TestData.directory, seed: seed, scale: scale) else { return ([], 0) }
        return (mutator.all(), Date().timeIntervalSince(start))
    }()
    static var catalogue: [Mutation] { built.mutations }

    // MARK: The catalogue

    @Test func catalogueCoversEveryKindAtLeast2000Times() throws {
        let all = Self.catalogue
        let counts = Dictionary(grouping: all, by: \.kind).mapValues(\.count)
        print("mutation catalogue: seed \(Self.seed), scale \(Self.scale), \(all.count) mutations built in "
              + String(format: "%.1f s", Self.built.seconds) + ": "
              + Mutation.Kind.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", "))
        #expect(all.count >= 2000)
        // The sampled kinds grow with LOKAAL_SOAK.
        let n = Self.scale
        let minimum: [Mutation.Kind: Int] = [
            .wrongType: 500 * n, .missingField: 100 * n, .wrongEnum: 50 * n, .truncation: 800 + 400 * (n - 1), .invalidUTF8: 50 * n, .hugeValue: 15,
            .deepNesting: 8, .fileSystem: 13, .byteOrder: 8, .duplicateKey: 20, .unknownKey: 40, .nulByte: 15, .controlText: 12, .syntax: 30,
        ]
        for kind in Mutation.Kind.allCases {
            #expect((counts[kind] ?? 0) >= minimum[kind]!, "\(kind.rawValue): \(counts[kind] ?? 0)")
        }
        // Truncation cuts after every structural character of the smallest file.
        let mutator = try DataMutator(dataDirectory: TestData.directory, seed: Self.seed, scale: 1)
        let bytes = mutator.smallest.bytes
        let lengths = Set(all.compactMap { m -> Int? in
            if m.kind == .truncation, case .bytes(let d) = m.setup { return d.count } else { return nil }
        })
        let end = bytes.lastIndex(of: UInt8(ascii: "}"))!
        var structural: [Int] = []
        var inString = false, escaped = false
        for i in 0..<end {
            let b = bytes[i]
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
            } else if b == UInt8(ascii: "\"") {
                inString = true
            } else if "{}[]:,".utf8.contains(b) {
                structural.append(i)
            }
        }
        #expect(structural.count > 300)
        #expect(structural.allSatisfy { lengths.contains($0 + 1) }, "a cut after every structural character")
        // Every wrong type lands where it was put: distinct paths, each expected exactly.
        let paths = Set(all.compactMap { m -> String? in if m.kind == .wrongType, case .content(let p?) = m.expect { return p } else { return nil } })
        #expect(paths.count >= 200)
    }

    /// The checks themselves can fail: a file that loads, and runs that crash, hang or print raw escapes, are all caught.
    @Test func theChecksCatchWhatTheyShould() throws {
        let m = Mutation(kind: .wrongType, summary: "untouched", fileName: "leuven.json", setup: .bytes(Data()),
                         expect: .content(path: "$.name"), mustShow: "␛")
        let untouched = try TestData.scratch()
        #expect(Self.checkInProcess(m, directory: untouched.path).failures == ["loads without a problem"])
        let wrongPath = try TestData.scratch { $0.set(["title"], 42) }
        #expect(Self.checkInProcess(m, directory: wrongPath.path).failures.contains { $0.hasPrefix("path $.title, expected $.name") })

        let expected = ["lokaal: 0001/leuven.json: at $.name: expected a string, found a number"]
        let good = LokaalBinary.Run(status: 65, signal: nil, timedOut: false, seconds: 0.1,
                                    stdout: Data((expected[0] + " ␛\n").utf8), stderr: Data())
        #expect(Self.checkRun(good, m, command: "validate", directoryName: "0001", expected: [expected[0] + " ␛"]).isEmpty)
        let bad = LokaalBinary.Run(status: 0, signal: nil, timedOut: false, seconds: 2.5, stdout: Data(),
                                   stderr: Data("Fatal error: boom\n\u{1B}[2J\n".utf8))
        let f = Self.checkRun(bad, m, command: "validate", directoryName: "0001", expected: expected)
        for fragment in ["took 2.50 s", "exit 0, expected 65", "\"Fatal error\"", "raw control character U+1B", "lines, expected 1",
                         "does not start with", "has no JSON path", "does not show ␛"] {
            #expect(f.contains { $0.contains(fragment) }, "\(fragment) in \(f)")
        }
        let hung = LokaalBinary.Run(status: nil, signal: nil, timedOut: true, seconds: 2, stdout: Data(), stderr: Data())
        #expect(Self.checkRun(hung, m, command: "validate", directoryName: "0001", expected: expected).first?.contains("a hang") == true)
        let crashed = LokaalBinary.Run(status: nil, signal: 11, timedOut: false, seconds: 0.1, stdout: Data(), stderr: Data())
        #expect(Self.checkRun(crashed, m, command: "regions", directoryName: "0001", expected: expected).contains { $0.contains("signal 11") })
    }

    // MARK: In process

    @Test func everyMutationFailsCleanlyInProcess() throws {
        let all = Self.catalogue
        try #require(!all.isEmpty)
        let workspace = try MutationWorkspace()
        defer { workspace.remove() }
        let start = Date()
        for (i, m) in all.enumerated() { try workspace.materialize(m, index: i) }
        let written = Date().timeIntervalSince(start)
        let report = Self.runWatched(count: all.count, workers: 2) { i in
            Self.checkInProcess(all[i], directory: workspace.directory(i)).failures
        }
        print("mutation suite, in process: \(all.count) mutations (written in " + String(format: "%.1f s", written)
              + ", checked in " + String(format: "%.1f s", report.seconds) + "; slowest " + String(format: "%.2f s", report.slowest.seconds)
              + ": \(all[report.slowest.index].summary))")
        Self.record(report, all)
    }

    /// Truncation at every byte offset of the smallest region file, in process (the real-binary
    /// test takes the cuts after every structural character and a seeded sample of the rest).
    @Test func truncationAtEveryOffsetInProcess() throws {
        let region = try DataMutator(dataDirectory: TestData.directory, seed: Self.seed, scale: 1).smallest
        let end = region.bytes.lastIndex(of: UInt8(ascii: "}"))!
        let lengths = Array(0...end)
        let workspace = try MutationWorkspace()
        defer { workspace.remove() }
        for w in 0..<2 { try FileManager.default.createDirectory(atPath: workspace.directory(w), withIntermediateDirectories: true) }
        let report = Self.runWatched(count: lengths.count, workers: 2) { i, worker in
            let n = lengths[i]
            let m = Mutation(kind: .truncation, summary: "\(region.id) cut to \(n) bytes", fileName: region.fileName,
                             setup: .bytes(region.bytes.prefix(n)), expect: n == 0 ? .empty : .content(path: nil))
            let dir = workspace.directory(worker)
            guard ScratchFile.write(region.bytes.prefix(n), to: dir + "/" + region.fileName) else {
                return ["cannot write"]
            }
            return Self.checkInProcess(m, directory: dir, alsoLoad: false).failures
        }
        print("mutation suite, truncation in process: \(lengths.count) of \(end + 1) offsets of \(region.fileName) in "
              + String(format: "%.1f s", report.seconds))
        if let i = report.hungAt { Issue.record("no progress for 30 s at offset \(lengths[i])") }
        for (i, messages) in report.failures.sorted(by: { $0.index < $1.index }).prefix(20) {
            Issue.record("cut to \(lengths[i]) bytes: \(messages.joined(separator: "; "))")
        }
        if report.failures.count > 20 { Issue.record("\(report.failures.count) of \(lengths.count) truncations failed") }
    }

    // MARK: The real binary

    @Test(.enabled(if: binary != nil || binaryRequired, "the lokaal executable was not found next to the test bundle; build it with `swift build`"))
    func everyMutationFailsCleanlyInTheRealBinary() throws {
        let binary = try #require(Self.binary, "the lokaal executable was not found next to the test bundle (LOKAAL_REQUIRE_BINARY=1): build it with `swift build`")
        let all = Self.catalogue
        try #require(!all.isEmpty)
        let workspace = try MutationWorkspace()
        defer { workspace.remove() }
        for (i, m) in all.enumerated() { try workspace.materialize(m, index: i) }
        let runs = Counter()
        let report = Self.runWatched(count: all.count, workers: 2) { i, worker in
            let m = all[i]
            let name = MutationWorkspace.name(i)
            let outputs = ("\(workspace.root)/stdout-\(worker)", "\(workspace.root)/stderr-\(worker)")
            var failures: [String] = []
            // What the library says, with the file named as the binary will name it.
            var expected: [String]? = nil
            if case .unreadable = m.setup, Self.isRoot {
                expected = nil // root reads mode 000 files: the binary runs as nobody instead, the library cannot.
            } else {
                let inProcess = Self.checkInProcess(m, directory: workspace.directory(i))
                expected = inProcess.problems.map { p in
                    var e = p
                    e.file = name + "/" + URL(fileURLWithPath: p.file).lastPathComponent
                    return "lokaal: " + Sanitizer.clean(e.description)
                }
            }
            var user: UInt32? = nil
            if case .unreadable = m.setup, Self.isRoot {
                guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                    return ["skipped: running as root without setpriv, so a mode-000 file cannot be made unreadable"]
                }
                user = Self.nobody
            }
            for command in m.alsoRegions ? ["validate", "regions"] : ["validate"] {
                let run = binary.run([command, "--data", name], in: workspace.root, outputs: outputs, deadline: Self.deadline, asUser: user)
                runs.add(run.seconds)
                failures += Self.checkRun(run, m, command: command, directoryName: name,
                                          expected: command == "validate" ? expected : expected.map { Array($0.prefix(1)) })
                    .map { "lokaal \(command): \($0)" }
            }
            return failures
        }
        print("mutation suite, real binary: \(all.count) mutations, \(runs.count) runs of \(binary.path), 2 at a time, in "
              + String(format: "%.1f s", report.seconds) + "; slowest run " + String(format: "%.2f s", runs.slowest)
              + "; slowest mutation " + String(format: "%.2f s", report.slowest.seconds) + ": \(all[report.slowest.index].summary)")
        Self.record(report, all)
    }

    // MARK: Checks

    /// Loads the mutation's directory with `check` and `load`; lists every way the answer falls short.
    static func checkInProcess(_ m: Mutation, directory: String, alsoLoad: Bool = true) -> (problems: [LoadError], failures: [String]) {
        if case .unreadable = m.setup, isRoot {
            return ([], ["skipped: running as root, which can read a mode-000 file; the real-binary test runs this case as nobody"])
        }
        var f: [String] = []
        var start = Date()
        let problems: [LoadError]
        do { problems = try AtlasLoader.check(directory: directory) } catch {
            return ([], ["check threw for the directory itself: \(error)"])
        }
        if Date().timeIntervalSince(start) > deadline { f.append(String(format: "check took %.2f s", Date().timeIntervalSince(start))) }
        start = Date()
        var loadError: LoadError? = problems.first
        if alsoLoad {
            do { _ = try AtlasLoader.load(directory: directory); loadError = nil } catch { loadError = error }
            if Date().timeIntervalSince(start) > deadline { f.append(String(format: "load took %.2f s", Date().timeIntervalSince(start))) }
        }
        guard let first = problems.first else { return ([], f + ["loads without a problem"]) }
        if loadError != first { f.append("load threw \(String(describing: loadError)), check's first problem is \(first)") }
        for p in problems {
            if p.exitCode != m.exitCode { f.append("exit code \(p.exitCode), expected \(m.exitCode): \(p)") }
            if let path = p.path, !path.hasPrefix("$") { f.append("path \(path) does not start with $") }
            let line = Sanitizer.clean(p.description)
            if line.utf8.count > 1200 { f.append("a \(line.utf8.count)-byte message: \(line.prefix(200))…") }
        }
        if !first.file.hasSuffix("/" + m.fileName) { f.append("names \(first.file), not \(m.fileName)") }
        switch m.expect {
        case .content(let path):
            if let p = first.path, p.hasPrefix("$") {
                if let path, p != path { f.append("path \(p), expected \(path): \(Sanitizer.clean(first.description))") }
            } else {
                f.append("no JSON path: \(Sanitizer.clean(first.description))")
            }
        case .empty:
            if first.message != "is empty" { f.append("says \(first.message), expected \"is empty\"") }
        case .wholeFile, .unreadable:
            break
        }
        if let show = m.mustShow, !Sanitizer.clean(problems.map(\.description).joined(separator: " ")).contains(show) {
            f.append("the message does not show \(show): \(Sanitizer.clean(first.description).prefix(300))")
        }
        return (problems, f)
    }

    /// What one run of the binary must look like: in time, the right exit code,
    /// one clean line per problem naming the file (and path), nothing raw.
    static func checkRun(_ run: LokaalBinary.Run, _ m: Mutation, command: String, directoryName: String, expected: [String]?) -> [String] {
        var f: [String] = []
        if run.timedOut { return [String(format: "still running after %.1f s: killed (a hang)", deadline)] }
        if let signal = run.signal { f.append("killed by signal \(signal) (a crash)") }
        if run.seconds > deadline { f.append(String(format: "took %.2f s", run.seconds)) }
        if let status = run.status, status != m.exitCode { f.append("exit \(status), expected \(m.exitCode)") }
        let all = run.stdout + run.stderr
        guard let text = String(data: all, encoding: .utf8) else { return f + ["output is not valid UTF-8"] }
        for marker in ["Fatal error", "Backtrace", "backtrace", "Stack dump", "Current stack trace", "💣", "Segmentation fault", "Illegal instruction"]
        where text.contains(marker) {
            f.append("output contains \"\(marker)\"")
        }
        if let bad = text.unicodeScalars.first(where: { u in
            (u.value < 0x20 && u != "\n") || (0x7F...0x9F).contains(u.value) || Sanitizer.isBidiControl(u.value)
        }) {
            f.append("raw control character U+\(String(bad.value, radix: 16, uppercase: true)) in the output: \(Sanitizer.clean(String(text.prefix(300))))")
        }
        if command == "regions" && !run.stdout.isEmpty { f.append("printed to stdout although the data is broken") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        if lines.isEmpty { f.append("printed nothing") }
        let prefix = "lokaal: \(directoryName)/"
        for line in lines where !line.hasPrefix(prefix) {
            f.append("a line that does not start with \"\(prefix)\": \(line.prefix(200))")
        }
        if let expected {
            if lines != expected {
                f.append("\(lines.count) lines, expected \(expected.count) (one per problem); first: \(lines.first?.prefix(200) ?? "none"), expected \(expected.first?.prefix(200) ?? "none")")
            }
        } else if lines.count != 1 || !(lines.first ?? "").contains("\(directoryName)/\(m.fileName)") {
            f.append("expected one line naming \(m.fileName): \(lines.prefix(3))")
        }
        if case .content = m.expect, let first = lines.first, !(first.contains(": at $") || first.contains("not valid JSON at $")) {
            f.append("the first line has no JSON path: \(first.prefix(200))")
        }
        // `regions` stops at the first problem, which need not be the one quoting the data.
        if command == "validate", let show = m.mustShow, !text.contains(show) { f.append("the output does not show \(show)") }
        return f
    }

    // MARK: Running

    /// What a watched run found: failures per mutation, total time, the slowest mutation.
    struct Report {
        var failures: [(index: Int, messages: [String])] = []
        var seconds = 0.0
        var slowest = (index: 0, seconds: 0.0)
        var hungAt: Int? = nil
    }

    static func runWatched(count: Int, workers: Int, _ body: @escaping @Sendable (Int) -> [String]) -> Report {
        runWatched(count: count, workers: workers) { i, _ in body(i) }
    }

    /// Runs `body` for 0..<count on `workers` threads. If no mutation finishes for
    /// 30 s the run is abandoned and reported as a hang at the mutations in flight.
    static func runWatched(count: Int, workers: Int, _ body: @escaping @Sendable (Int, Int) -> [String]) -> Report {
        let state = WatchState(count: count, workers: workers)
        let progress = DispatchSemaphore(value: 0)
        let start = Date()
        for w in 0..<workers {
            let thread = Thread {
                while let i = state.next(worker: w) {
                    let t = Date()
                    let failures = body(i, w)
                    state.finish(i, failures: failures, seconds: Date().timeIntervalSince(t), worker: w)
                    progress.signal()
                }
                progress.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var report = Report()
        while !state.isDone {
            if progress.wait(timeout: .now() + 30) == .timedOut {
                report.hungAt = state.inFlight.first
                break
            }
        }
        report.seconds = Date().timeIntervalSince(start)
        let snapshot = state.snapshot()
        report.failures = snapshot.failures
        report.slowest = snapshot.slowest
        return report
    }

    /// Records failures as issues: up to 40 in full, then one line with counts per kind.
    static func record(_ report: Report, _ all: [Mutation]) {
        if let i = report.hungAt {
            Issue.record("no progress for 30 s: hung at mutation \(i) (\(all[i].summary))")
        }
        let real = report.failures.filter { !$0.messages.allSatisfy { $0.contains("skipped:") } }
        for (i, messages) in report.failures where messages.allSatisfy({ $0.contains("skipped:") }) {
            print("note: mutation \(i) (\(all[i].summary)): \(messages.joined(separator: "; "))")
        }
        // The first three failures of each kind, at most 40 in all, then the counts.
        var shown = 0
        for kind in Mutation.Kind.allCases {
            for (i, messages) in real.filter({ all[$0.index].kind == kind }).sorted(by: { $0.index < $1.index }).prefix(3) where shown < 40 {
                Issue.record("mutation \(i) [\(kind.rawValue)] \(all[i].summary): \(messages.joined(separator: "; "))")
                shown += 1
            }
        }
        if real.count > 40 {
            let byKind = Dictionary(grouping: real, by: { all[$0.index].kind }).mapValues(\.count)
            let kinds = byKind.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
            Issue.record("\(real.count) of \(all.count) mutations failed: \(kinds)")
        }
    }
}

/// The shared state of a watched run: the next index, what is in flight, what failed.
private final class WatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var finishedWorkers = 0
    private let count: Int
    private let workers: Int
    private var running: [Int?]
    private var failures: [(index: Int, messages: [String])] = []
    private var slowest = (index: 0, seconds: 0.0)

    init(count: Int, workers: Int) {
        self.count = count
        self.workers = workers
        running = Array(repeating: nil, count: workers)
    }

    func next(worker: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard nextIndex < count else { finishedWorkers += 1; running[worker] = nil; return nil }
        defer { nextIndex += 1 }
        running[worker] = nextIndex
        return nextIndex
    }

    func finish(_ i: Int, failures f: [String], seconds: Double, worker: Int) {
        lock.lock(); defer { lock.unlock() }
        running[worker] = nil
        if !f.isEmpty { failures.append((i, f)) }
        if seconds > slowest.seconds { slowest = (i, seconds) }
    }

    var isDone: Bool { lock.lock(); defer { lock.unlock() }; return finishedWorkers == workers }
    var inFlight: [Int] { lock.lock(); defer { lock.unlock() }; return running.compactMap { $0 } }

    func snapshot() -> (failures: [(index: Int, messages: [String])], slowest: (index: Int, seconds: Double)) {
        lock.lock(); defer { lock.unlock() }
        return (failures, slowest)
    }
}

/// Counts runs and keeps the slowest, from several threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    private var max = 0.0
    func add(_ seconds: Double) { lock.lock(); n += 1; max = Swift.max(max, seconds); lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return n }
    var slowest: Double { lock.lock(); defer { lock.unlock() }; return max }
}
