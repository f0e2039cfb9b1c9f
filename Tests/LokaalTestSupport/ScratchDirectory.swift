import Foundation

/// A fresh directory under the system's temporary directory that removes itself, with everything in it, when released.
///
/// Tests hold one for as long as they use it (`let dir = try ScratchDirectory()`);
/// nothing is left behind, even when an expectation fails half-way.
public final class ScratchDirectory: CustomStringConvertible, @unchecked Sendable {
    public let path: String

    public init(prefix: String = "lokaal-test") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to a file of the directory.
    public func write(_ bytes: Data, to name: String) throws {
        guard ScratchFile.write(bytes, to: path + "/" + name) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path + "/" + name])
        }
    }

    public var description: String { path }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
