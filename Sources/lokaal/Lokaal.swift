import ArgumentParser
import Foundation
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
        Exit status: 0 ok, 64 bad arguments, 65 bad data, 66 missing data.
        """,
        version: "lokaal 0.1.0",
        subcommands: [Regions.self, Show.self, Personas.self, Search.self, Fit.self, Compare.self,
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
