import CStemmer
import Synchronization

/// A Snowball stemmer (libstemmer, opened on first use: ``StemmerLibrary``) for one language,
/// safe to share between threads.
///
/// libstemmer's `sb_stemmer` keeps state while it stems, so one instance may serve one
/// thread at a time. This keeps a small pool: a caller takes an instance, stems, and gives
/// it back, so the loader's and the index's worker threads never share one. Stems are also
/// remembered per word (the vocabulary of the addenda is a few thousand words), which makes
/// stemming a repeated word a dictionary look-up.
public final class Stemmer: Sendable {
    /// The Snowball algorithm name: "dutch", "english".
    public let algorithm: String
    /// Idle `sb_stemmer` instances, as addresses (a pointer is not Sendable).
    private let pool = Mutex<[UInt]>([])
    private let cache = Mutex<[String: String]>([:])

    /// The Dutch stemmer, shared.
    public static let dutch = Stemmer(algorithm: "dutch")
    /// The English stemmer, shared (for English offers matched against English theme terms).
    public static let english = Stemmer(algorithm: "english")

    public init(algorithm: String) { self.algorithm = algorithm }

    deinit {
        pool.withLock { list in
            for p in list { StemmerLibrary.shared.delete(OpaquePointer(bitPattern: p)) }
        }
    }

    /// The stem of one folded word (lower case, no accents).
    public func stem(_ word: String) -> String {
        if let s = cache.withLock({ $0[word] }) { return s }
        let s = withInstance { st in Self.run(st, word) }
        cache.withLock { $0[word] = s }
        return s
    }

    private func withInstance<T>(_ body: (OpaquePointer) -> T) -> T {
        let address = pool.withLock { $0.popLast() } ?? UInt(bitPattern: StemmerLibrary.shared.new(algorithm, "UTF_8"))
        guard let st = OpaquePointer(bitPattern: address) else { fatalError("libstemmer has no \(algorithm) stemmer") }
        defer { pool.withLock { $0.append(address) } }
        return body(st)
    }

    private static func run(_ st: OpaquePointer, _ word: String) -> String {
        var w = word
        return w.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress else { return word }
            let library = StemmerLibrary.shared
            guard let out = library.stem(st, base, Int32(bytes.count)) else { return word }
            let n = Int(library.length(st))
            return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
        }
    }
}
