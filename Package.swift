// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Roundtable",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "roundtable", targets: ["RoundtableCLI"]),
        .library(name: "Documents", targets: ["Documents"]),
        .library(name: "PlainLanguage", targets: ["PlainLanguage"]),
        .library(name: "SessionPlanning", targets: ["SessionPlanning"]),
        .library(name: "SpeakingTurns", targets: ["SpeakingTurns"]),
        .library(name: "SessionStore", targets: ["SessionStore"]),
        .library(name: "Workflows", targets: ["Workflows"]),
        .executable(name: "roundtable-bench", targets: ["RoundtableBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Builds the API documentation (`swift package generate-documentation`); no code of ours links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CCMarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // zlib's deflate and CRC-32, for writing DOCX archives (ZIPFoundation's module of it is not public).
        .systemLibrary(name: "CLibZ", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "RoundtableResources", path: "Resources",
                exclude: [],
                resources: [.copy("style"), .copy("example"), .copy("glossary"), .copy("agenda-templates"), .copy("names"), .copy("web")]),
        .target(name: "Documents", dependencies: [
            "CCMarkGFM", "CLibXML2", "CLibZ", "RoundtableResources",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "PlainLanguage", dependencies: ["Documents", "RoundtableResources",
                                                     .product(name: "Yams", package: "Yams")]),
        .target(name: "SessionPlanning", dependencies: ["Documents", "PlainLanguage", "RoundtableResources",
                                                       .product(name: "Yams", package: "Yams")]),
        .target(name: "SpeakingTurns", dependencies: ["Documents"]),
        .target(name: "SessionStore", dependencies: [
            "SpeakingTurns", "Documents",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "Workflows", dependencies: ["Documents", "PlainLanguage", "SessionPlanning", "SpeakingTurns", "SessionStore", "RoundtableResources"]),
        // The web front end (`roundtable serve`): pages that call the workflows, and nothing more.
        .target(name: "RoundtableWeb", dependencies: [
            "Documents", "PlainLanguage", "SessionPlanning", "SpeakingTurns", "SessionStore", "Workflows", "RoundtableResources",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOFoundationCompat", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "RoundtableCLI", dependencies: [
            "Documents", "PlainLanguage", "SessionPlanning", "SpeakingTurns", "SessionStore", "Workflows", "RoundtableWeb",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // mimalloc in place of the C library's malloc: the checker and export make and free
            // millions of small values on both processors (see docs/performance.md).
            .linkedLibrary("mimalloc", .when(platforms: [.linux])),
        ]),
        // Measures the session store (Scripts/bench turns) and records turns for the crash and
        // concurrency tests; not installed for users.
        .executableTarget(name: "RoundtableBench", dependencies: ["SpeakingTurns", "SessionStore", "Documents"]),
        // What several test targets share: unzipping, the built executables, temporary folders,
        // files beside the project, XML queries and the `.slow` tag.
        .target(name: "TestSupport", dependencies: ["CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Tests/TestSupport"),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "CCMarkGFM", "CLibXML2", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                      .product(name: "PropertyBased", package: "swift-property-based")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "PlainLanguageTests", dependencies: ["PlainLanguage", "Documents", "TestSupport", .product(name: "Yams", package: "Yams"),
                                                          .product(name: "PropertyBased", package: "swift-property-based")],
                    exclude: ["Corpus"]),
        .testTarget(name: "SessionPlanningTests", dependencies: ["SessionPlanning", "PlainLanguage", "Documents",
                                                            .product(name: "PropertyBased", package: "swift-property-based")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "SpeakingTurnsTests", dependencies: ["SpeakingTurns", "Documents", "TestSupport",
                                                          .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "WorkflowsTests", dependencies: ["Workflows", "Documents", "PlainLanguage", "SpeakingTurns", "SessionPlanning", "SessionStore", "TestSupport",
                                                        .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "SessionStoreTests", dependencies: ["SessionStore", "SpeakingTurns", "Documents", "TestSupport",
                                                       .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "RoundtableWebTests", dependencies: ["RoundtableWeb", "Documents", "SessionStore", "TestSupport",
                                                          .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                          .product(name: "HTTPTypes", package: "swift-http-types")]),
        .testTarget(name: "RoundtableCLITests", dependencies: ["Documents", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
