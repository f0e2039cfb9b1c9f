import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LokaalCLI
import LokaalCore

/// The `lokaal` command: the browser with no subcommand, plain readers with one.
@main
struct Lokaal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lokaal",
        abstract: "Browse the Lokaal Addenda of Capacity Building Lokale Partnerschappen (2023).",
        discussion: """
        With no subcommand lokaal opens the full-screen browser (or prints the region \
        list when standard output is not a terminal).

        REGION is an id, a name or an unambiguous prefix, ignoring case and accents.

        Exit status: 0 ok; 64 bad arguments (usage); 65 bad data (a data file that is not \
        valid JSON, does not fit the model, has an unknown key, or fails validation: one line \
        with file, JSON path and problem); 66 missing data (no data directory, a file that \
        cannot be read); 69 the browser cannot start (no terminal); 127 libstemmer cannot be \
        loaded (fit, similar and the fit view stem words with it); 128+N after signal N.

        Data lookup order: --data DIR; then $LOKAAL_DATA; then ../share/lokaal next to the \
        executable (where make install puts it); then the source tree's Data/. A directory \
        named by --data or $LOKAAL_DATA that does not exist is an error, never a fall-through.

        Environment: LOKAAL_DATA, the data directory; LOKAAL_CLIPBOARD, how the browser \
        copies (auto, osc52, command or none); NO_COLOR, no colour in the browser or the plain \
        output; LC_ALL, LC_MESSAGES and LANG choose the interface language (nl or en) unless \
        --lang is given; TERM, the terminal for the browser; DISPLAY and WAYLAND_DISPLAY, \
        whether a clipboard command can be used.
        """,
        version: "lokaal 0.1.0",
        subcommands: [Regions.self, Show.self, Personas.self, Search.self, Fit.self, Similar.self, Compare.self,
                      Contacts.self, Timeline.self, Themes.self, Validate.self]
    )

    @OptionGroup var common: CommonOptions

    /// Starts loading the data on another core, then parses the arguments and runs.
    static func main() {
        Prefetch.start(arguments: CommandLine.arguments)
        main(nil)
    }

    @Option(name: .customLong("render-once"), help: .hidden)
    var renderOnce: String?

    @Option(name: .customLong("keys"), help: .hidden)
    var keys: String?

    func run() throws {
        try Self.report {
            let atlas = try common.loadAtlas()
            if let renderOnce {
                try Browser.renderOnce(atlas: atlas, size: renderOnce, keys: keys ?? "", options: common)
                return
            }
            try Browser.start(atlas: atlas, options: common)
        }
    }
}
