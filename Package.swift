// swift-tools-version:6.0
import PackageDescription

// Concrete generic types (`KeyedDecodingContainer<Region.CodingKeys>` and the like) are
// instantiated through their metadata accessors, not by mangled name: a mangled name
// checks its generic requirements with a runtime conformance lookup, which scans every
// conformance record of the static binary (about 6,000) the first time; that was a
// quarter of loading the bundled data (see DECISIONS.md, 11).
let fastMetadata: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

// The library code the hardening suites run millions of times (controller, views, loader) is
// optimised in debug builds too: the key fuzz, the size sweep and the mutations take a third
// of their CPU time for about 30 s more compile time (DECISIONS.md, 20). The test targets stay
// -Onone: optimising them cost more compile time than it saved. A debugger shows these modules optimised.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "lokaal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lokaal", targets: ["lokaal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // ncursesw, wrapped once. Only LokaalTerminal imports it.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The Snowball stemmers (libstemmer), wrapped once. Only LokaalCore's text analysis imports it.
        // The header only: LokaalCore opens the library when it first stems (StemmerLibrary), so
        // that starting lokaal does not load it (DECISIONS.md, 21).
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // The domain: model, loading, validation, indexing, search. No curses, no I/O to the terminal.
        // libc's wcwidth, which glibc hides without _XOPEN_SOURCE.
        .target(name: "CWidth"),
        .target(name: "LokaalCore", dependencies: ["CWidth", "CStemmer"], swiftSettings: fastMetadata + optimisedInDebug),
        // Plain-text and JSON renderings of the domain for the command line.
        .target(name: "LokaalCLI", dependencies: ["LokaalCore"], swiftSettings: fastMetadata),
        // Pure views and the controller: an in-memory screen, no curses.
        .target(name: "LokaalUI", dependencies: ["LokaalCore"], swiftSettings: fastMetadata + optimisedInDebug),
        // The one backend: presents a Screen with ncursesw and reads keys.
        // Signal flags and crash handlers, in C because a handler may only touch sig_atomic_t.
        .target(name: "CSignals"),
        // Starts the prefetch thread on a core other than the caller's.
        .target(name: "CThread"),
        .target(name: "LokaalTerminal", dependencies: ["CNcurses", "CSignals", "LokaalUI"]),
        .executableTarget(
            name: "lokaal",
            dependencies: [
                "LokaalCore", "LokaalCLI", "LokaalUI", "LokaalTerminal", "CThread",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: fastMetadata,
            // A position-dependent executable: no 13,000 start-up relocations, no
            // copy-on-write of the relocated pages, 1 MB smaller (see DECISIONS.md, 19).
            // Linked by lld with the functions start-up runs placed side by side
            // (scripts/startup-order.txt, made by scripts/gen-startup-order.sh; make release
            // compiles with -function-sections so that they can be moved): the kernel maps
            // code 64 KiB around each page touched, and scattered start-up code cost 2 MB of
            // the first frame's peak memory (DECISIONS.md, 21).
            // libstdc++ comes from the static archive make release links into .build/static-cxx:
            // loading and binding the shared one cost half a millisecond and 0.5 MiB of every start.
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie", "-use-ld=lld",
                                           "-L\(Context.packageDirectory)/.build/static-cxx",
                                           "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/scripts/startup-order.txt",
                                           "-Xlinker", "--no-warn-symbol-ordering"], .when(configuration: .release))]
        ),
        // make bench: synthetic data sets and in-process key latency. Not installed.
        .executableTarget(
            name: "lokaal-bench",
            dependencies: ["LokaalCore", "LokaalUI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/LokaalBench"
        ),
        // What every test target shares: one seeded generator, the bundled atlas, scratch folders that remove themselves.
        .target(name: "LokaalTestSupport", dependencies: ["LokaalCore"], path: "Tests/LokaalTestSupport",
                swiftSettings: optimisedInDebug),
        .testTarget(name: "LokaalCoreTests", dependencies: ["LokaalCore", "CThread", "LokaalTestSupport"],
                    exclude: ["Relevance"]),  // read by path, by the tests and make eval
        .testTarget(name: "LokaalCLITests", dependencies: ["LokaalCore", "LokaalCLI"]),
        .testTarget(name: "LokaalBenchTests", dependencies: ["lokaal-bench", "LokaalCore", "LokaalTestSupport"]),
        .testTarget(name: "LokaalUITests", dependencies: ["LokaalCore", "LokaalUI", "LokaalTestSupport"],
                    exclude: ["Golden"]),
    ]
)
