import ArgumentParser
import LokaalCore

/// `lokaal-bench analyze TEXT`: how fit's analysis reads a text (stems, compound parts, themes).
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print each word's fold, stem and compound parts, and the themes signalled.")
    @Option(help: "Data directory.") var data: String?
    @Argument var text: [String]

    func run() throws {
        let atlas = try AtlasLoader.load(directory: try DataLocator(explicit: data).locate())
        let index = atlas.fitIndex
        let q = index.query(text.joined(separator: " "))
        for w in q.words {
            let a = w.analysis
            print("\(w.written)\t\(a.folded)\tstem \(a.stem)\tparts \(a.partWords.joined(separator: "+")) (\(a.parts.joined(separator: "+")))")
        }
        for s in q.signals { print("theme \(s.theme) via \(s.query) (\(s.term))") }
        print("terms " + q.terms.map { "\($0.stem):\($0.weight)" }.joined(separator: " "))
    }
}
