#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the data could not be loaded: which file, which field, what is wrong.
///
/// Each error carries the exit code the command line documents: 65 (EX_DATAERR)
/// for a file that is there but wrong, 66 (EX_NOINPUT) for a directory or file
/// that is missing or unreadable.
///
/// Messages quote data (an e-mail address, an enum value), and data may be
/// megabytes long: quoted text longer than ``maximumQuote`` characters keeps its
/// start and end around a `…`, and a whole message at most ``maximumMessage``.
/// Control characters are left in; they are made visible where the line is
/// printed (`Sanitizer`).
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The two families of failure, each with its exit code.
    public enum Kind: Sendable, Equatable {
        /// The file exists but its content is wrong (exit 65).
        case invalid
        /// The directory or file is missing or cannot be read (exit 66).
        case missing
    }

    public var kind: Kind
    /// The file as the user would name it (relative to the working directory when inside it).
    public var file: String
    /// The JSON path of the offending field, e.g. `$.contacts[1].email`; nil for whole-file problems.
    public var path: String?
    public var message: String

    public init(_ kind: Kind, file: String, path: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.path = path
        self.message = Self.shortened(message)
    }

    /// Quoted data longer than this keeps its start and end.
    public static let maximumQuote = 80
    /// A message longer than this keeps its start and end.
    public static let maximumMessage = 400

    /// Shortens each overlong `"…"` quotation, then the whole message if still too long.
    ///
    /// Works on the UTF-8 bytes (a quoted value may be megabytes long) and cuts
    /// only between Unicode scalars.
    static func shortened(_ message: String) -> String {
        guard message.utf8.count > maximumQuote else { return message }
        var copy = message
        let out: [UInt8] = copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, 4 * maximumMessage))
            var start = 0
            while let open = index(of: UInt8(ascii: "\""), in: bytes, from: start),
                  let close = index(of: UInt8(ascii: "\""), in: bytes, from: open + 1) {
                out.append(contentsOf: bytes[start...open])
                out.append(contentsOf: elided(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), keep: maximumQuote))
                out.append(UInt8(ascii: "\""))
                start = close + 1
            }
            out.append(contentsOf: bytes[start...])
            return out
        }
        let shorter = out.count > maximumMessage
            ? out.withUnsafeBufferPointer { Array(elided($0, keep: maximumMessage)) } : out
        return String(decoding: shorter, as: UTF8.self)
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// `s` itself when at most `keep` bytes, else its start and end around a note of its length.
    private static func elided(_ s: UnsafeBufferPointer<UInt8>, keep: Int) -> [UInt8] {
        guard s.count > keep else { return Array(s) }
        func isContinuation(_ k: Int) -> Bool { k < s.count && s[k] & 0xC0 == 0x80 }
        var head = keep * 3 / 4
        while head > 0 && isContinuation(head) { head -= 1 }
        var tail = s.count - (keep - keep * 3 / 4)
        while tail < s.count && isContinuation(tail) { tail += 1 }
        return Array(s[..<head]) + Array("… (\(s.count) bytes) …".utf8) + Array(s[tail...])
    }

    /// The process exit status for this error.
    public var exitCode: Int32 { kind == .missing ? 66 : 65 }

    /// Messages of syntax errors start with this; their line puts the path after it.
    public static let syntaxPrefix = "not valid JSON:"

    /// `FILE: at PATH: MESSAGE`, or `FILE: MESSAGE` when there is no path.
    /// A syntax error reads `FILE: not valid JSON at PATH: PROBLEM (line L, column C)`.
    public var description: String {
        if let path, message.hasPrefix(Self.syntaxPrefix) {
            return "\(file): not valid JSON at \(path):\(message.dropFirst(Self.syntaxPrefix.count))"
        }
        if let path { return "\(file): at \(path): \(message)" }
        return "\(file): \(message)"
    }
}
