import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LokaalCLI
import LokaalCore
import LokaalUI

/// `lokaal regions`.
struct Regions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "List the regions: id, name, municipalities, challenges, deadline.")
    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON.") var json = false
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            emit(json ? RegionsReport.json(atlas) : RegionsReport.plain(atlas, style: common.style))
        }
    }
}

extension Section: ExpressibleByArgument {}

/// `lokaal show REGION [--section S]`.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show every section of a region's addendum.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Region id, name or prefix.") var region: String
    @Option(help: "Only this section: \(Section.allCases.map(\.rawValue).joined(separator: ", ")).") var section: Section?
    @Flag(help: "Print JSON.") var json = false
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let r = try resolveRegions([region], in: atlas)[0]
            if json { emit(ShowReport.json(r, section: section, vocabulary: atlas.vocabulary)) }
            else { emit(ShowReport.plain(r, sections: section.map { [$0] } ?? Section.allCases, style: common.style, lang: common.language, vocabulary: atlas.vocabulary)) }
        }
    }
}

/// `lokaal personas [NAME]`.
struct Personas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personas",
        abstract: "List personas with the regions and challenges based on them.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "A persona name (case, accents and small typos are forgiven).") var name: String?
    @Flag(help: "Print JSON.") var json = false
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            emit(json ? PersonasReport.json(atlas, query: name) : PersonasReport.plain(atlas, query: name, style: common.style))
        }
    }
}

/// `lokaal search QUERY`.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search all text, ignoring case and accents.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Words to find.") var query: [String]
    @Flag(help: "Print JSON.") var json = false
    func validate() throws {
        if query.joined(separator: " ").unicodeScalars.allSatisfy(ScalarTrimming.isWhitespace) { throw ValidationError("give something to search for") }
    }
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let q = query.joined(separator: " ")
            emit(json ? SearchReport.json(atlas, query: q) : SearchReport.plain(atlas, query: q, style: common.style))
        }
    }
}

extension ThemeTarget.Kind: ExpressibleByArgument {}

/// `lokaal fit TEXT`.
struct Fit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Rank every challenge and service need by how well an offer serves it, with why.",
        discussion: """
        TEXT describes an offer in Dutch or English ("wij bieden schuldhulpverlening en \
        budgetbeheer"). Words meet by stem, by compound part and through the themes of \
        themes.json; the need or challenge heading weighs more than its body.
        """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "The offer, in words.") var text: [String]
    @Option(name: .long, parsing: .upToNextOption, help: "Only these regions.") var region: [String] = []
    @Option(help: "Only challenge or service.") var kind: ThemeTarget.Kind?
    @Option(help: "At most this many hits.") var limit = 20
    @Flag(help: "Print JSON.") var json = false
    func validate() throws {
        if text.joined(separator: " ").allSatisfy({ $0.isWhitespace || $0.isNewline }) { throw ValidationError("describe the offer: TEXT is empty") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let regions = region.isEmpty ? nil : Set(try resolveRegions(region, in: atlas).map(\.id))
            let offer = text.joined(separator: " ")
            let (q, hits) = FitReport.hits(atlas, query: offer, regions: regions, kind: kind, limit: limit)
            if q.isMeaningless {
                emit("lokaal: " + FitReport.meaningless(offer) + "\n", to: STDERR_FILENO)
            }
            emit(json ? FitReport.json(query: offer, hits: hits) : FitReport.plain(atlas, query: offer, hits: hits, style: common.style))
        }
    }
}

/// `lokaal similar REGION ITEM`.
struct Similar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "List the challenges and service needs of other regions most like one item, with why.",
        discussion: """
        ITEM is C<n> (a challenge) or S<n> (a service need), numbered as in the browser \
        and in `lokaal fit`. The item's own words are the offer: they meet by stem, compound \
        part and theme, as in fit.
        """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "The item's region.") var region: String
    @Argument(help: "C<n> or S<n>.") var item: String
    @Option(help: "At most this many hits.") var limit = 10
    @Flag(help: "Print JSON.") var json = false
    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let r = try resolveRegions([region], in: atlas)[0]
            let i: Int
            switch SimilarReport.resolve(atlas, region: r, item: item) {
            case .success(let found): i = found
            case .failure(let m): throw Fail(m.text, code: 64)
            }
            let hits = atlas.fitIndex.similar(to: i, limit: limit)
            emit(json ? SimilarReport.json(atlas, item: i, hits: hits) : SimilarReport.plain(atlas, item: i, hits: hits, style: common.style))
        }
    }
}

/// `lokaal compare A B [C…]`.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare regions side by side.",
        discussion: "On a terminal this opens the browser's comparison (two to four regions); with --plain, --json or when piped it prints.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Two or more regions.") var regions: [String]
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print plain text even on a terminal.") var plain = false
    func validate() throws {
        if regions.count < 2 { throw ValidationError("compare needs at least two regions") }
    }
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let rs = try resolveRegions(regions, in: atlas)
            if rs.count < 2 { throw Fail("compare needs two different regions: \(regions.joined(separator: ", ")) name only \(rs[0].name)", code: 64) }
            if !json && !plain && isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1 && rs.count <= 4 {
                let indexes = rs.compactMap { r in atlas.regions.firstIndex { $0.id == r.id } }
                try Browser.start(atlas: atlas, options: common, comparing: indexes)
                return
            }
            let c = Comparison(regions: rs, lang: .en, vocabulary: atlas.vocabulary, index: atlas.fitIndex)
            emit(json ? CompareReport.json(c) : CompareReport.plain(c, style: common.style))
        }
    }
}

/// `lokaal contacts [REGION]`.
struct Contacts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "Contact people and submission details (address, required subject line).")
    @OptionGroup var common: CommonOptions
    @Argument(help: "A region; all regions when omitted.") var region: String?
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print vCard 4.0 (RFC 6350) cards.") var vcard = false
    func validate() throws { if json && vcard { throw ValidationError("choose --json or --vcard, not both") } }
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let rs = try region.map { try resolveRegions([$0], in: atlas) } ?? atlas.regions
            if json { emit(ContactsReport.json(rs)) }
            else if vcard { emit(ContactsReport.vcards(rs)) }
            else { emit(ContactsReport.plain(rs, style: common.style)) }
        }
    }
}

/// `lokaal themes`.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "The theme × region matrix: which regions share which themes.")
    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON, with every match and why.") var json = false
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let m = atlas.themeMatrix
            emit(json ? ThemesReport.json(m) : ThemesReport.plain(m, atlas: atlas, style: common.style, lang: common.language))
        }
    }
}

/// `lokaal timeline [REGION…] [--json | --ics]`.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Every milestone of every region (or of the regions named) in date order.",
        discussion: """
        A milestone the source dates twice (Aalst's deadline) is listed at both dates and flagged with ⚠. \
        --ics writes an RFC 5545 calendar (Europe/Brussels); a relative date with nothing to anchor it \
        ("einddatum + 14 dagen") is left out and listed on standard error.
        """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "Regions; all regions when omitted.") var regions: [String] = []
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print an iCalendar (RFC 5545) file.") var ics = false
    func validate() throws { if json && ics { throw ValidationError("choose --json or --ics, not both") } }
    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            let rs = regions.isEmpty ? atlas.regions : try resolveRegions(regions, in: atlas)
            let entries = LokaalCore.Timeline.entries(rs)
            if ics {
                let (text, leftOut) = ICalendar.make(entries)
                emit(text)
                for e in leftOut {
                    emit(Sanitizer.clean("lokaal: left out of the calendar (a relative date with nothing to anchor it): \(e.regionName) — \(e.milestone.label): \(e.milestone.text)") + "\n", to: STDERR_FILENO)
                }
            } else {
                emit(json ? TimelineReport.json(entries) : TimelineReport.plain(entries, style: common.style))
            }
        }
    }
}

/// `lokaal validate`.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data; exit 0 when sound, 65 when not.")
    @OptionGroup var common: CommonOptions
    @Flag(help: "Print JSON.") var json = false
    func run() throws {
        try Self.report {
            let dir: String
            let problems: [LoadError]
            do throws(LoadError) {
                dir = try DataLocator(explicit: common.data).locate()
                problems = try AtlasLoader.check(directory: dir)
            } catch { throw Fail(error.description, code: error.exitCode) }
            let count = problems.isEmpty ? (try? AtlasLoader.load(directory: dir).regions.count) ?? 0 : 0
            let shown = AtlasLoader.displayPath(dir)
            emit(json ? ValidateReport.json(directory: shown, problems: problems)
                      : ValidateReport.plain(directory: shown, problems: problems, regionCount: count))
            if let worst = problems.map(\.exitCode).max() { exitProcess(worst) }
        }
    }
}
