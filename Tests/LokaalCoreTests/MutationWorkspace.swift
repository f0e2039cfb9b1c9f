import Foundation
import LokaalTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A scratch directory holding one data directory per mutation (`0000`, `0001`, …),
/// each containing the mutated file; removed again by ``remove()``.
///
/// Named pipes "held open" get a writer from this process for the workspace's
/// lifetime, so that a reader that blocks would hang rather than see end of file.
final class MutationWorkspace: @unchecked Sendable {
    let root: String
    private var openDescriptors: [Int32] = []

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lokaal-mutations-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// The directory name of mutation `index`.
    static func name(_ index: Int) -> String {
        let s = String(index)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    func directory(_ index: Int) -> String { root + "/" + Self.name(index) }

    /// Creates mutation `index`'s directory and file.
    func materialize(_ m: Mutation, index: Int) throws {
        let dir = directory(index)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/" + m.fileName
        switch m.setup {
        case .bytes(let data):
            guard ScratchFile.write(data, to: file) else { throw Failure("cannot write \(file): errno \(errno)") }
        case .directory:
            try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: true)
            ScratchFile.write(Data("{}".utf8), to: file + "/inside.json")
        case .fifo(let heldOpen):
            guard mkfifo(file, 0o644) == 0 else { throw Failure("mkfifo \(file): errno \(errno)") }
            if heldOpen {
                let fd = open(file, O_RDWR | O_NONBLOCK | O_CLOEXEC)
                guard fd >= 0 else { throw Failure("open fifo: errno \(errno)") }
                openDescriptors.append(fd)
            }
        case .socket:
            openDescriptors.append(try Self.bindSocket(at: file))
        case .symlink(let target):
            try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: target)
        case .symlinkLoop(let other):
            try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: other)
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + other, withDestinationPath: m.fileName)
        case .unreadable(let data):
            ScratchFile.write(data, to: file)
            guard chmod(file, 0) == 0 else { throw Failure("chmod 000 \(file): errno \(errno)") }
        case .sparse(let size):
            ScratchFile.create(file)
            guard truncate(file, off_t(size)) == 0 else { throw Failure("truncate \(file): errno \(errno)") }
        }
    }

    /// Closes the held pipes and sockets and deletes everything.
    func remove() {
        for fd in openDescriptors { close(fd) }
        openDescriptors = []
        try? FileManager.default.removeItem(atPath: root)
    }

    deinit { remove() }

    private static func bindSocket(at path: String) throws -> Int32 {
        #if os(Linux)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure("socket: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { close(fd); throw Failure("socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { close(fd); throw Failure("bind \(path): errno \(errno)") }
        return fd
    }

    /// A setup failure, with what went wrong.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}
