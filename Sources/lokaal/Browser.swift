import Foundation
import LokaalCLI
import LokaalCore

/// Starts the interactive browser, or prints the region list when stdout is not a terminal.
enum Browser {
    static func start(atlas: Atlas, options: CommonOptions) throws {
        if isatty(STDOUT_FILENO) != 1 {
            emit(RegionsReport.plain(atlas, style: OutputStyle(width: 80, color: false)))
            return
        }
        emit(RegionsReport.plain(atlas, style: options.style))
    }
}
