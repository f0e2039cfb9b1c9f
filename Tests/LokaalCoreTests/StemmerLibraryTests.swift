import Testing
@testable import LokaalCore

/// libstemmer is opened on first use, not linked: the library is found by its Debian name,
/// a missing one is reported with the loader's reason, and the stems are Snowball's.
@Suite struct StemmerLibraryTests {
    @Test func theDebianLibraryIsFoundAndStems() throws {
        guard case .success(let library) = StemmerLibrary.open() else {
            Issue.record("libstemmer0d must be installed (make test installs libstemmer-dev)"); return
        }
        let stemmer = try #require(library.new("dutch", "UTF_8"))
        defer { library.delete(stemmer) }
        let word = Array("huisvestingen".utf8)
        let out = try #require(library.stem(stemmer, word, Int32(word.count)))
        let stem = String(decoding: UnsafeBufferPointer(start: out, count: Int(library.length(stemmer))), as: UTF8.self)
        #expect(stem == Stemmer.dutch.stem("huisvestingen"))
        #expect(stem == "huisvest")
        #expect(Stemmer.english.stem("counselling") == "counsel")
    }

    @Test func aMissingLibraryIsReportedWithTheLoadersReason() {
        guard case .failure(let error) = StemmerLibrary.open(names: ["liblokaal-no-such-stemmer.so.0"]) else {
            Issue.record("a library that does not exist cannot open"); return
        }
        #expect(error.reason.contains("liblokaal-no-such-stemmer.so.0"), "\(error.reason)")
        // With fallbacks, the reason is the first name's (Debian's), not the last one tried.
        guard case .failure(let first) = StemmerLibrary.open(names: ["liblokaal-no-such-stemmer.so.0", "liblokaal-fallback.dylib"]) else {
            Issue.record("libraries that do not exist cannot open"); return
        }
        #expect(first.reason.contains("liblokaal-no-such-stemmer.so.0") && !first.reason.contains("fallback"), "\(first.reason)")
    }

    @Test func aLibraryWithoutTheFunctionsIsRefused() {
        // libm is on every system and has no sb_stemmer_new.
        guard case .failure(let error) = StemmerLibrary.open(names: ["libm.so.6"]) else {
            Issue.record("libm is not libstemmer"); return
        }
        #expect(error.reason == "libm.so.6 lacks the sb_stemmer functions")
    }
}
