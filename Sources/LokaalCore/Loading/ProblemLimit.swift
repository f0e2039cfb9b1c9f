/// Keeps one file's list of problems readable: the first ``maximumPerFile``,
/// then a single line saying how many more there are.
///
/// A file with a hundred thousand bad persona references is one mistake
/// repeated, not a hundred thousand lines of output (which would also take
/// seconds to print).
public enum ProblemLimit {
    public static let maximumPerFile = 50

    /// `problems` (all from one file) cut to the limit, with a counting line when cut.
    public static func capped(_ problems: [LoadError]) -> [LoadError] {
        guard problems.count > maximumPerFile, let last = problems.last else { return problems }
        let rest = problems.count - maximumPerFile
        return Array(problems.prefix(maximumPerFile))
            + [LoadError(last.kind, file: last.file,
                         message: "and \(rest) more problem\(rest == 1 ? "" : "s") in this file (only the first \(maximumPerFile) are listed)")]
    }
}
