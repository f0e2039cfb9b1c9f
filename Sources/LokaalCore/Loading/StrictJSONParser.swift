#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a JSON text strictly (RFC 8259) and says exactly where it breaks.
///
/// It runs before Foundation's decoder so that every problem with the text
/// itself is reported with the JSON path, line and column where it occurs:
/// truncation, stray or missing punctuation, invalid UTF-8 (overlong forms,
/// lone continuation bytes, encoded surrogates, 0xFF), control characters and
/// NUL bytes in strings, bad escapes, lone surrogate escapes, a byte order mark
/// or UTF-16, duplicate keys, and nesting deeper than ``maximumDepth`` (which
/// would otherwise cost recursion in the decoder). Deep nesting is refused
/// before it recurses, so no input can exhaust the stack.
struct StrictJSONParser {
    /// What is wrong and where: a JSON path and a message with line and column.
    struct Problem: Error, Equatable, Sendable {
        var path: String
        var message: String
    }

    /// The deepest nesting of arrays and objects accepted; real addenda use 6.
    static let maximumDepth = 64

    /// The document, or the first problem in it.
    static func parse(_ data: Data) -> Result<JSONValue, Problem> {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<JSONValue, Problem> in
            var parser = StrictJSONParser(bytes: raw)
            do throws(Problem) { return .success(try parser.document()) } catch { return .failure(error) }
        }
    }

    private let bytes: UnsafeRawBufferPointer
    private var i = 0
    private var path: [JSONPath.Component] = []

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    // MARK: Structure

    private mutating func document() throws(Problem) -> JSONValue {
        try encodingCheck()
        skipWhitespace()
        let value = try value(depth: 0)
        skipWhitespace()
        if i < bytes.count {
            throw syntax("\(describeHere()) after the end of the document")
        }
        return value
    }

    private mutating func value(depth: Int) throws(Problem) -> JSONValue {
        guard i < bytes.count else { throw syntax("unexpected end of file") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let n = try number()
            return .number(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[n]), as: UTF8.self))
        default: throw syntax("expected a value, found \(describeHere())")
        }
    }

    private mutating func object(depth: Int) throws(Problem) -> JSONValue {
        try checkDepth(depth)
        i += 1 // {
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { i += 1; return .object(members) }
        while true {
            guard i < bytes.count else { throw syntax("unexpected end of file") }
            guard bytes[i] == UInt8(ascii: "\"") else {
                if bytes[i] == UInt8(ascii: "}") && !members.isEmpty { throw syntax("a comma before '}' (trailing commas are not allowed)") }
                throw syntax("expected a key in double quotes, found \(describeHere())")
            }
            let keyStart = i
            let key = try string()
            path.append(.key(key))
            if members[key] != nil {
                i = keyStart
                throw problem("duplicate key \"\(key)\"", withPosition: true)
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else {
                throw syntax(i < bytes.count ? "expected ':' after the key, found \(describeHere())" : "unexpected end of file")
            }
            i += 1
            skipWhitespace()
            let v = try value(depth: depth)
            members[key] = v
            path.removeLast()
            skipWhitespace()
            guard i < bytes.count else { throw syntax("unexpected end of file") }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            guard bytes[i] == UInt8(ascii: ",") else { throw syntax("expected ',' or '}', found \(describeHere())") }
            i += 1
            skipWhitespace()
        }
    }

    private mutating func array(depth: Int) throws(Problem) -> JSONValue {
        try checkDepth(depth)
        i += 1 // [
        var elements: [JSONValue] = []
        var count = 0
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { i += 1; return .array(elements) }
        while true {
            if peek(UInt8(ascii: "]")) { throw syntax("a comma before ']' (trailing commas are not allowed)") }
            path.append(.index(count))
            let v = try value(depth: depth)
            elements.append(v)
            count += 1
            path.removeLast()
            skipWhitespace()
            guard i < bytes.count else { throw syntax("unexpected end of file") }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
            guard bytes[i] == UInt8(ascii: ",") else { throw syntax("expected ',' or ']', found \(describeHere())") }
            i += 1
            skipWhitespace()
        }
    }

    private func checkDepth(_ depth: Int) throws(Problem) {
        if depth > Self.maximumDepth {
            throw problem("nested more than \(Self.maximumDepth) levels deep", withPosition: true)
        }
    }

    private mutating func literal(_ word: StaticString) throws(Problem) {
        let start = i
        for b in UnsafeRawBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard i < bytes.count else { throw syntax("unexpected end of file") }
            guard bytes[i] == b else { i = start; throw syntax("expected a value, found \(describeHere())") }
            i += 1
        }
    }

    /// Steps over a number; returns where it is.
    private mutating func number() throws(Problem) -> Range<Int> {
        let start = i
        func digits(_ parser: inout StrictJSONParser) throws(Problem) {
            guard parser.i < parser.bytes.count else { throw parser.syntax("unexpected end of file") }
            guard parser.isDigit(parser.bytes[parser.i]) else {
                throw parser.syntax("expected a digit in a number, found \(parser.describeHere())")
            }
            while parser.i < parser.bytes.count && parser.isDigit(parser.bytes[parser.i]) { parser.i += 1 }
        }
        if peek(UInt8(ascii: "-")) { i += 1 }
        if peek(UInt8(ascii: "0")) {
            i += 1
            if i < bytes.count && isDigit(bytes[i]) { throw syntax("a number may not start with 0 (leading zeros are not allowed)") }
        } else {
            try digits(&self)
        }
        if peek(UInt8(ascii: ".")) { i += 1; try digits(&self) }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            i += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { i += 1 }
            try digits(&self)
        }
        return start..<i
    }

    // MARK: Strings

    /// Reads a string.
    private mutating func string() throws(Problem) -> String {
        i += 1 // "
        var out = ""
        var run = i
        func flush(_ p: StrictJSONParser) {
            if run < p.i { out += String(decoding: UnsafeRawBufferPointer(rebasing: p.bytes[run..<p.i]), as: UTF8.self) }
        }
        while true {
            // Eight plain ASCII bytes at a time: no quote, backslash, control or non-ASCII byte.
            while i + 8 <= bytes.count && Self.isPlain(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < bytes.count else { throw syntax("unexpected end of file in a string") }
            let b = bytes[i]
            if b >= 0x20 && b < 0x80 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") { i += 1; continue }
            switch b {
            case UInt8(ascii: "\""):
                flush(self)
                i += 1
                return out
            case UInt8(ascii: "\\"):
                flush(self)
                let scalar = try escape()
                out.unicodeScalars.append(scalar)
                run = i
            case 0..<0x20:
                throw syntax("control character \(Self.codePoint(UInt32(b))) in a string (it must be written as an escape)")
            default:
                try utf8Sequence()
            }
        }
    }

    /// Whether none of the eight bytes in `w` is a quote, a backslash, a control character or non-ASCII.
    private static func isPlain(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        if w & high != 0 { return false }
        // With no high bits set, (b - n) borrows into the high bit exactly when some byte b < n.
        if (w &- ones &* 0x20) & ~w & high != 0 { return false }
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        return (quote &- ones) & ~quote & high == 0 && (backslash &- ones) & ~backslash & high == 0
    }

    /// After a backslash: one escape, returning its scalar; surrogate pairs must be whole.
    private mutating func escape() throws(Problem) -> Unicode.Scalar {
        let start = i
        i += 1
        guard i < bytes.count else { throw syntax("unexpected end of file in a string") }
        let c = bytes[i]
        i += 1
        switch c {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex4()
            if (0xDC00...0xDFFF).contains(high) {
                i = start
                throw syntax("\\u\(Self.hex(high)) is the second half of a surrogate pair without the first")
            }
            if (0xD800...0xDBFF).contains(high) {
                guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                    i = start
                    throw syntax("\\u\(Self.hex(high)) is the first half of a surrogate pair without the second")
                }
                i += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    i = start
                    throw syntax("\\u\(Self.hex(high)) is the first half of a surrogate pair without the second")
                }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            return Unicode.Scalar(high)!
        default:
            i = start
            throw syntax("invalid escape \(describe(at: start + 1)) after a backslash")
        }
    }

    private mutating func hex4() throws(Problem) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < bytes.count else { throw syntax("unexpected end of file in a string") }
            let b = bytes[i]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: throw syntax("\\u must be followed by four hexadecimal digits, found \(describeHere())")
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    /// Checks one multi-byte UTF-8 sequence at `i` and steps over it.
    private mutating func utf8Sequence() throws(Problem) {
        switch Self.utf8Length(bytes, at: i) {
        case .success(let n): i += n
        case .failure(let why): throw badUTF8(why)
        }
    }

    /// Why a byte sequence is not UTF-8, and how many bytes to show.
    struct BadUTF8: Error { var length: Int; var reason: String }

    /// The length of the valid UTF-8 sequence starting at `at`, or why it is invalid.
    static func utf8Length(_ b: UnsafeRawBufferPointer, at: Int) -> Result<Int, BadUTF8> {
        let lead = b[at]
        func cont(_ k: Int) -> Bool { at + k < b.count && (0x80...0xBF).contains(b[at + k]) }
        func second(_ range: ClosedRange<UInt8>) -> Bool { at + 1 < b.count && range.contains(b[at + 1]) }
        let need: Int
        switch lead {
        case 0..<0x80: return .success(1)
        case 0x80...0xBF: return .failure(BadUTF8(length: 1, reason: "a continuation byte with no lead byte"))
        case 0xC0, 0xC1: return .failure(BadUTF8(length: cont(1) ? 2 : 1, reason: "an overlong encoding"))
        case 0xC2...0xDF: need = 2
        case 0xE0:
            if cont(1) && !second(0xA0...0xBF) { return .failure(BadUTF8(length: cont(2) ? 3 : 2, reason: "an overlong encoding")) }
            need = 3
        case 0xED:
            if cont(1) && !second(0x80...0x9F) { return .failure(BadUTF8(length: cont(2) ? 3 : 2, reason: "an encoded surrogate, U+D800 to U+DFFF")) }
            need = 3
        case 0xE1...0xEF: need = 3
        case 0xF0:
            if cont(1) && !second(0x90...0xBF) { return .failure(BadUTF8(length: 2, reason: "an overlong encoding")) }
            need = 4
        case 0xF4:
            if cont(1) && !second(0x80...0x8F) { return .failure(BadUTF8(length: 2, reason: "a code point above U+10FFFF")) }
            need = 4
        case 0xF1...0xF3: need = 4
        case 0xF5...0xF7: return .failure(BadUTF8(length: 1, reason: "a code point above U+10FFFF"))
        default: return .failure(BadUTF8(length: 1, reason: "a byte that never occurs in UTF-8"))
        }
        for k in 1..<need where !cont(k) {
            return .failure(BadUTF8(length: k, reason: "an incomplete sequence"))
        }
        return .success(need)
    }

    // MARK: Encoding

    /// A byte order mark or UTF-16/32 is named for what it is, rather than reported as a stray byte.
    private func encodingCheck() throws(Problem) {
        let n = bytes.count
        func starts(_ p: [UInt8]) -> Bool { n >= p.count && zip(bytes, p).allSatisfy { $0 == $1 } }
        if starts([0xEF, 0xBB, 0xBF]) {
            throw Problem(path: "$", message: "starts with a byte order mark (U+FEFF); save it as UTF-8 without one")
        }
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00]) {
            throw Problem(path: "$", message: "is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8")
        }
        if starts([0xFE, 0xFF]) || starts([0xFF, 0xFE]) {
            throw Problem(path: "$", message: "is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8")
        }
        if n >= 4 && bytes[0] < 0x80 && bytes[2] < 0x80
            && ((bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
                || (bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)) {
            throw Problem(path: "$", message: "looks like UTF-16 (every other byte is NUL); save it as UTF-8")
        }
    }

    // MARK: Helpers

    private func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }

    private func peek(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    /// A "not valid JSON" problem at the current position; a stray byte that is not
    /// UTF-8 at all is reported as such.
    private func syntax(_ what: String) -> Problem {
        if i < bytes.count, bytes[i] >= 0x80, case .failure(let why) = Self.utf8Length(bytes, at: i) {
            return badUTF8(why)
        }
        return problem("not valid JSON: " + what, withPosition: true)
    }

    private func badUTF8(_ why: BadUTF8) -> Problem {
        let shown = (i..<min(i + why.length, bytes.count)).map { Self.hexByte(bytes[$0]) }.joined(separator: " ")
        return problem("is not valid UTF-8: \(why.length == 1 ? "byte" : "bytes") \(shown) (\(why.reason))", withPosition: true)
    }

    private func problem(_ message: String, withPosition: Bool) -> Problem {
        Problem(path: JSONPath.string(path), message: withPosition ? "\(message) (\(position()))" : message)
    }

    /// `line 3, column 14` of `i`; columns count characters (UTF-8 lead bytes), from 1.
    private func position() -> String {
        var line = 1, column = 1
        for k in 0..<min(i, bytes.count) {
            let b = bytes[k]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return "line \(line), column \(column)"
    }

    private func describeHere() -> String {
        i < bytes.count ? describe(at: i) : "the end of the file"
    }

    /// The character at `k` as a reader would name it: `'x'`, `U+00A0`, `control character U+001B`, `byte 0xFF`.
    private func describe(at k: Int) -> String {
        let b = bytes[k]
        if b < 0x20 || b == 0x7F { return "control character \(Self.codePoint(UInt32(b)))" }
        if b < 0x80 { return "'\(Character(Unicode.Scalar(b)))'" }
        guard case .success(let n) = Self.utf8Length(bytes, at: k) else { return "byte \(Self.hexByte(b)) (not valid UTF-8)" }
        let scalar = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[k..<k + n]), as: UTF8.self).unicodeScalars.first!
        return "character \(Self.codePoint(scalar.value))"
    }

    static func codePoint(_ v: UInt32) -> String { "U+" + hex(v) }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    static func hexByte(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return "0x" + (s.count == 1 ? "0" + s : s)
    }
}
