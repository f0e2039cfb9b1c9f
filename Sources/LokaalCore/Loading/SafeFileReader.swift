#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a data file whole, refusing anything that is not a regular file before opening it.
///
/// A data directory may hold anything: a named pipe (opening it would wait for a
/// writer), a device (`/dev/zero` never ends), a socket, a directory, a symbolic
/// link loop or a file the user may not read. Each of these is a `.missing` error
/// (exit 66) with a message that says which, never a hang. A regular file larger
/// than ``maximumSize`` is an `.invalid` error (exit 65) rather than an attempt to
/// read gigabytes.
enum SafeFileReader {
    /// The largest data file read: far above any real addendum (about 25 KB).
    static let maximumSize = 64 << 20

    static func read(_ path: String, shown: String) -> Result<Data, LoadError> {
        func missing(_ message: String) -> Result<Data, LoadError> { .failure(LoadError(.missing, file: shown, message: message)) }

        var st = stat()
        if stat(path, &st) != 0 {
            let err = errno
            var link = stat()
            switch err {
            case ENOENT where lstat(path, &link) == 0:
                return missing("is a symbolic link to a file that does not exist")
            case ENOENT, ENOTDIR: return missing("no such file")
            case ELOOP: return missing("cannot be read (a loop of symbolic links)")
            default: return missing("cannot be read (\(describe(err)))")
            }
        }
        if let kind = nonRegularKind(st.st_mode) { return missing("is \(kind), not a regular file") }
        if Int(st.st_size) > maximumSize { return tooLarge(Int(st.st_size), shown) }

        // O_NONBLOCK: should the file be swapped for a pipe after the check, open and read still return.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd < 0 { return missing("cannot be read (\(describe(errno)))") }
        defer { close(fd) }
        var opened = stat()
        if fstat(fd, &opened) != 0 { return missing("cannot be read (\(describe(errno)))") }
        if let kind = nonRegularKind(opened.st_mode) { return missing("is \(kind), not a regular file") }

        var bytes = [UInt8](repeating: 0, count: max(Int(opened.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > maximumSize { return tooLarge(count, shown) }
                bytes.append(contentsOf: repeatElement(0, count: max(count, 4096)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return missing("cannot be read (\(describe(errno)))")
            }
            count += n
        }
        if count > maximumSize { return tooLarge(count, shown) }
        return .success(Data(bytes[0..<count]))
    }

    private static func tooLarge(_ size: Int, _ shown: String) -> Result<Data, LoadError> {
        .failure(LoadError(.invalid, file: shown,
                           message: "is too large (\(size) bytes; a data file may have at most \(maximumSize >> 20) MiB)"))
    }

    /// "a directory", "a named pipe (FIFO)", … for anything but a regular file.
    private static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }

    /// `strerror` in lower case: "permission denied", "input/output error".
    private static func describe(_ err: Int32) -> String {
        guard let c = strerror(err) else { return "error \(err)" }
        let s = String(cString: c)
        return s.prefix(1).lowercased() + s.dropFirst()
    }
}

/// `read(2)`, named so it does not clash with ``SafeFileReader/read(_:shown:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}
