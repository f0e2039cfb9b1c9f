import Foundation
import LokaalCore

/// Builds synthetic data sets of any number of regions in the real schema, for benchmarks.
///
/// Each synthetic region takes the structure of one of the bundled regions (so it
/// passes the same validation) and fills it with real Dutch text drawn from all
/// bundled regions: paragraphs keep their realistic lengths. Personas come from a
/// shared pool with a Zipf-like spread, so, as in the real addenda, some personas
/// appear in many regions. The same seed always gives byte-identical files.
struct SyntheticAtlas {
    let source: Atlas
    let seed: UInt64

    /// The persona pool: the real personas first, then common Flemish first names.
    private var personaPool: [String] {
        var seen = Set<String>()
        let real = source.personas.map(\.name)
        let extra = ["Anouk", "Bram", "Charlotte", "Dries", "Elke", "Fatma", "Gert", "Hanne", "Ilias", "Jana",
                     "Kobe", "Lotte", "Mehdi", "Nele", "Omar", "Pieter", "Quinten", "Rania", "Sander", "Tine",
                     "Umut", "Veerle", "Wout", "Xander", "Yasmina", "Zeno", "Amira", "Bert", "Cato", "Dirk",
                     "Emma", "Femke", "Glenn", "Hatice", "Inge", "Jef", "Karim", "Liesbeth", "Mustafa", "Nina",
                     "Olivier", "Paulien", "Rik", "Sofie", "Tom", "Ursula", "Vincent", "Wendy", "Youssef", "Zoë",
                     "Aïcha", "Bilal", "Chantal", "Dounia", "Eline", "Filip", "Greet", "Hamza", "Ilse", "Jonas"]
        return (real + extra).filter { seen.insert(TextFolding.fold($0)).inserted }
    }

    /// The regions of a data set of `count` regions.
    func regions(count: Int) -> [Region] {
        var rng = SeededRandom(seed: seed)
        let templates = source.regions
        let pool = personaPool
        let all = templates.flatMap(\.challenges)
        let paragraphs = (description: all.flatMap(\.description), obstacles: all.flatMap(\.obstacles),
                          questions: all.flatMap(\.questions), outcomes: all.flatMap(\.outcomes))
        let municipalities = templates.flatMap(\.municipalities)
        let width = String(count).count
        return (0..<count).map { i in
            var r = templates[i % templates.count]
            let number = String(repeating: "0", count: width - String(i + 1).count) + String(i + 1)
            let towns = (0..<Int.random(in: 3...12, using: &rng)).map { _ in rng.pick(municipalities) }
            r.id = "regio-\(number)"
            r.name = "\(towns[0])-\(towns[1]) \(number)"
            r.title = "Lokaal Addendum \(r.name)"
            r.municipalities = Array(Set(towns)).sorted()
            // Personas: a fresh draw from the shared pool, the same renaming in every place a name appears.
            var rename: [String: String] = [:]
            var taken = Set<String>()
            for old in r.personas.names {
                var new = pool[rng.zipf(pool.count)]
                while taken.contains(new) { new = pool[rng.zipf(pool.count)] }
                taken.insert(new)
                rename[old] = new
            }
            r.personas.names = r.personas.names.map { rename[$0]! }
            r.challenges = r.challenges.map { c in
                var c = c
                c.basedOn = Self.renamingWords(in: c.basedOn, rename)
                c.personas = c.personas.map { rename[$0]! }
                c.description = c.description.map { _ in rng.pick(paragraphs.description) }
                if !paragraphs.obstacles.isEmpty { c.obstacles = c.obstacles.map { _ in rng.pick(paragraphs.obstacles) } }
                if !paragraphs.questions.isEmpty { c.questions = c.questions.map { _ in rng.pick(paragraphs.questions) } }
                if !paragraphs.outcomes.isEmpty { c.outcomes = c.outcomes.map { _ in rng.pick(paragraphs.outcomes) } }
                return c
            }
            r.contacts.submission.subject = r.contacts.submission.subject.map { _ in "kandidatuur Capacity Building \(r.name)" }
            r.notes = []
            return r
        }
    }

    /// `text` with every whole word that is a key of `rename` replaced, all at once (replacing
    /// names one after another could rename a name already put in; dictionary order is not fixed).
    static func renamingWords(in text: String, _ rename: [String: String]) -> String {
        var out = "", word = ""
        for ch in text {
            if ch.isLetter { word.append(ch); continue }
            out += rename[word] ?? word
            word = ""
            out.append(ch)
        }
        return out + (rename[word] ?? word)
    }

    /// Writes `count` region files and the theme vocabulary to `directory`, then loads them back to prove they are valid.
    func write(count: Int, to directory: String, themes: String?) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for r in regions(count: count) {
            try encoder.encode(r).write(to: URL(fileURLWithPath: directory).appendingPathComponent("\(r.id).json"))
        }
        if let themes {
            let target = URL(fileURLWithPath: directory).appendingPathComponent("themes.json")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: URL(fileURLWithPath: themes), to: target)
        }
        _ = try AtlasLoader.load(directory: directory)
    }
}
