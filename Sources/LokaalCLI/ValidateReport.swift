import LokaalCore

/// `lokaal validate`: every problem in the data, one line each, or a short all-clear.
public enum ValidateReport {
    /// `validate --json`.
    public struct Result: Codable, Equatable {
        public let ok: Bool
        public let directory: String
        public let problems: [Problem]
    }
    /// One problem: file, JSON path, message.
    public struct Problem: Codable, Equatable {
        public let file: String
        public let path: String?
        public let message: String
    }

    public static func json(directory: String, problems: [LoadError]) -> String {
        JSONOutput.encode(Result(ok: problems.isEmpty, directory: directory,
                                 problems: problems.map { Problem(file: $0.file, path: $0.path, message: $0.message) }))
    }

    public static func plain(directory: String, problems: [LoadError], regionCount: Int) -> String {
        if problems.isEmpty { return "\(directory): \(regionCount) regions, all valid\n" }
        return problems.map { "lokaal: " + Sanitizer.clean($0.description) }.joined(separator: "\n") + "\n"
    }
}
