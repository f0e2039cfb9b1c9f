import CStemmer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libstemmer's four entry points, from the shared library opened the first time a word is stemmed.
///
/// Linked as a dependency, libstemmer was loaded by every start of lokaal: its tables of
/// pointers, relocated by the dynamic loader, were 90 page faults and 0.6 MiB of the first
/// frame's peak memory, though only `fit`, `similar` and the fit view stem (make bench,
/// issue 14). It is the same Debian library (libstemmer0d, with libstemmer-dev for the
/// header); when it cannot be opened lokaal says so and exits 127, as the dynamic loader
/// would have for a missing library, instead of crashing.
struct StemmerLibrary: Sendable {
    typealias New = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> OpaquePointer?
    typealias Stem = @convention(c) (OpaquePointer?, UnsafePointer<sb_symbol>?, Int32) -> UnsafePointer<sb_symbol>?
    typealias Length = @convention(c) (OpaquePointer?) -> Int32
    typealias Delete = @convention(c) (OpaquePointer?) -> Void

    let new: New
    let stem: Stem
    let length: Length
    let delete: Delete

    /// The names tried, in order: Debian's run-time package first, then the development link.
    static let names = ["libstemmer.so.0d", "libstemmer.so", "libstemmer.0d.dylib", "libstemmer.dylib"]

    /// Opened once, on first use, by whichever thread stems first.
    static let shared: StemmerLibrary = {
        switch open() {
        case .success(let library): return library
        case .failure(let reason):
            let message = "lokaal: cannot load libstemmer (\(reason.reason)); install it: apt-get install libstemmer0d\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            exit(127)
        }
    }()

    /// The library's entry points, or why they could not be found: the loader's reason for
    /// the first name (Debian's), not for a fallback that was never expected on this system.
    static func open(names: [String] = names) -> Result<StemmerLibrary, StemmerLibraryError> {
        var reason: String?
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                if reason == nil, let e = dlerror() { reason = String(cString: e) }
                continue
            }
            guard let new = dlsym(handle, "sb_stemmer_new"), let stem = dlsym(handle, "sb_stemmer_stem"),
                  let length = dlsym(handle, "sb_stemmer_length"), let delete = dlsym(handle, "sb_stemmer_delete") else {
                return .failure(StemmerLibraryError(reason: "\(name) lacks the sb_stemmer functions"))
            }
            return .success(StemmerLibrary(new: unsafeBitCast(new, to: New.self), stem: unsafeBitCast(stem, to: Stem.self),
                                           length: unsafeBitCast(length, to: Length.self),
                                           delete: unsafeBitCast(delete, to: Delete.self)))
        }
        return .failure(StemmerLibraryError(reason: reason ?? "not found"))
    }
}

/// Why libstemmer could not be used: the dynamic loader's message.
struct StemmerLibraryError: Error, Equatable {
    let reason: String
}
