import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes scratch files with plain `open`/`write`/`close`: no `fsync`, no temporary file and rename.
///
/// Foundation's `Data.write(to:)` and `FileManager.createFile` flush every file to the disk
/// (`createFile` also writes a temporary file and renames it). The mutation suite writes tens of
/// thousands of files that live for milliseconds: that flushing was half of its in-process time.
/// What a test reads back is the same bytes either way; only durability, which no test needs, is lost.
public enum ScratchFile {
    /// Creates or truncates the file at `path` and writes `bytes` to it; false (with `errno` set) when that fails.
    @discardableResult
    public static func write<Bytes: Collection<UInt8>>(_ bytes: Bytes, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let all = Array(bytes)
        return all.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 { if errno == EINTR { continue }; return false }
                done += n
            }
            return true
        }
    }

    /// Creates or truncates the file at `path`, leaving it empty.
    @discardableResult
    public static func create(_ path: String) -> Bool { write(EmptyCollection<UInt8>(), to: path) }
}
