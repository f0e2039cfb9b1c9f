import ArgumentParser
import Foundation
import LokaalCore
import LokaalUI

/// `lokaal-bench`: the tools behind `make bench` — synthetic data sets, their text, and in-process key latency.
///
/// Not installed; built with the release configuration by `make bench`.
@main
struct LokaalBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lokaal-bench",
        abstract: "Benchmark tools for lokaal (synthetic data, text corpus, key latency).",
        subcommands: [Synth.self, Corpus.self, Keys.self, Eval.self, FitLatency.self, FitViewLatency.self, CompareLatency.self, Analyze.self])
}

/// `lokaal-bench synth --regions N --out DIR`: a deterministic synthetic data set.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write N synthetic regions in the real schema.")
    @Option(help: "Number of regions.") var regions: Int
    @Option(help: "Output directory.") var out: String
    @Option(help: "Seed.") var seed: UInt64 = 2023
    @Option(help: "Data directory to draw from (default: the bundled data).") var data: String?

    func run() throws {
        let dir = try DataLocator(explicit: data).locate()
        let source = try AtlasLoader.load(directory: dir)
        let themes = (dir as NSString).appendingPathComponent("themes.json")
        try SyntheticAtlas(source: source, seed: seed)
            .write(count: regions, to: out, themes: FileManager.default.fileExists(atPath: themes) ? themes : nil)
    }
}

/// `lokaal-bench corpus --data DIR`: every searchable field, one per line — the same text for fzf and grep.
struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print every searchable text field, one per line.")
    @Option(help: "Data directory.") var data: String?

    func run() throws {
        let atlas = try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        var out = ""
        for f in atlas.fields { out += f.text.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// `lokaal-bench keys --data DIR --size 200x60`: per-key latency, p50 and p99.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Time keys (update + render) in process; print p50, p99 and max in ms.")
    @Option(help: "Data directory.") var data: String?
    @Option(help: "Screen size COLSxROWS.") var size = "200x60"
    @Option(help: "Number of keys to time.") var count = 5000
    @Option(help: "Also list the N slowest keys of the session (median over passes).") var slowest = 0

    func run() throws {
        let atlas = try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        let p = size.split(separator: "x").compactMap { Int($0) }
        guard p.count == 2 else { throw ValidationError("--size wants COLSxROWS") }
        let raw = KeyLatency(atlas: atlas, cols: p[0], rows: p[1]).measure(count: count)
        let times = raw.sorted()
        func ms(_ ns: UInt64) -> String { String(format: "%.3f", Double(ns) / 1e6) }
        if slowest > 0 {
            let keys = KeyScript.parse(KeyLatency.session)
            let perKey = keys.indices.map { i in stride(from: i, to: raw.count, by: keys.count).map { raw[$0] }.sorted() }
            for i in keys.indices.sorted(by: { perKey[$0][perKey[$0].count / 2] > perKey[$1][perKey[$1].count / 2] }).prefix(slowest) {
                print("  key \(i) \(keys[i]) median \(ms(perKey[i][perKey[i].count / 2])) ms")
            }
        }
        print("keys \(times.count) p50 \(ms(KeyLatency.quantile(times, 0.5))) p99 \(ms(KeyLatency.quantile(times, 0.99))) max \(ms(times.last!))")
    }
}
