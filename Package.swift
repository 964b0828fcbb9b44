// swift-tools-version: 6.1
import PackageDescription

// Vägvisare: a knowledge base and FAQ service for Malmö stad's kontaktcenter.
// Layers, data flowing one way (each module imports only modules on its left or above it):
//   engine:     Analysis ← Search                   (text and documents, no articles)
//   support:    XMLSupport (libxml2), FileSupport (crash-safe file writes, locks, temporary folders,
//                                     folder listings, read hints)
//   knowledge:  KnowledgeBase                        (model, registers, XML mapping, folder scan,
//                                                     reference checks, index mapping)
//               ← KnowledgeStorage                   (publisher, exporter, the store and its watcher)
//               ← Insight                            (query/click logs, feedback, redaction, gaps,
//                                                     statistics, learned associations, reviews)
//               ← InsightPostgres (imports Insight)     (the shared event store in PostgreSQL)
//               ← Rendering (imports Insight too)    (JSON, terminal text, HTML pages, desk pages
//                                                     and report, from templates where done)
//   servers:    RESP, ServerRuntime                 (codec; event loops, executors, tokens, limiters
//                                                     and statistics shared by both servers)
//               ← QueryServer, DeskServer           (the RESP port and the desk page on Hummingbird 2,
//                                                     side by side: neither imports the other)
//   front ends: kb (CLI), kb-bench
// KnowledgeBase imports none of KnowledgeStorage, Insight and Rendering; those three never
// import a server or a front end.
// Platform: Linux. Everything is built and tested on Debian (`.ci/run`). The sources keep
// `canImport(Darwin)` branches where they call the C library, but no macOS build has ever been
// run, so this package declares no macOS support (issue 12 item 5: drop the claim rather than
// make it unverified).
// The query server's per-request code (RESP's decoder, QueryServer's request loop and commands)
// runs without dynamic exclusivity checks in release builds: they were about 7 % of a pipelined
// PING's CPU time, mostly in ByteBuffer code inlined there. Debug builds, and so the tests, keep
// them.
let serverHotPath: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
    name: "Vagvisare",
    products: [
        .executable(name: "kb", targets: ["kb"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // Mustache templates for the HTML that Rendering writes: values are HTML-escaped unless
        // a template says otherwise.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // PostgreSQL wire protocol for the shared event store (`--events postgres://…`), used by
        // InsightPostgres only.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // The desk page's HTTP server: routing, request bodies and HTTP/1 connection handling.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // HTTP/1 ↔ swift-http-types conversion, to put the desk's connection guards in front of
        // Hummingbird's own channel handling.
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // libxml2, the C library, as a system library (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "Analysis"),
        .target(name: "Search", dependencies: ["Analysis"]),
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        // Durable file writes (temp file, fsync, rename, fsync the folder), folder locks and
        // temporary folders: knows files, not articles.
        .target(
            name: "FileSupport", dependencies: [.product(name: "SystemPackage", package: "swift-system")]),
        .target(
            name: "KnowledgeBase",
            dependencies: [
                "Search", "XMLSupport", "FileSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Writes to a knowledge folder (import, publish, export) and holds the live snapshot.
        .target(name: "KnowledgeStorage", dependencies: ["KnowledgeBase", "XMLSupport", "FileSupport"]),
        // What the desks ask and say: logs, feedback, redaction, and what is computed from them.
        .target(name: "Insight", dependencies: ["KnowledgeBase", "Search", "FileSupport"]),
        // The event store in PostgreSQL: schema migration, the durable forwarder and the readers
        // that `kb gaps`, `kb stats`, `kb report` and the owner view use with `--events`.
        .target(
            name: "InsightPostgres",
            dependencies: [
                "Insight", "KnowledgeBase", "Search", "FileSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Values to JSON, terminal text and HTML (and the public exports written from them).
        .target(
            name: "Rendering",
            dependencies: [
                "KnowledgeBase", "Insight", "XMLSupport", "FileSupport",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // RESP2 codec: bytes to argument lists and replies to bytes; knows no commands.
        .target(
            name: "RESP", dependencies: [.product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: serverHotPath),
        // What both servers of `kb serve` share: event loops, executors for blocking work,
        // tokens, connection and log limiters, statistics.
        .target(
            name: "ServerRuntime",
            dependencies: [
                "KnowledgeBase", "KnowledgeStorage", "Insight",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The line-oriented query server (`kb serve`).
        .target(
            name: "QueryServer",
            dependencies: [
                "RESP", "ServerRuntime", "KnowledgeBase", "KnowledgeStorage", "Insight", "Rendering",
                "Search",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: serverHotPath
        ),
        // The desk page: HTTP beside the RESP port, on Hummingbird (routes, bodies, HTTP/1), with
        // the desk's own connection limits and slow-request clocks as NIO handlers in front.
        .target(
            name: "DeskServer",
            dependencies: [
                "ServerRuntime", "KnowledgeBase", "KnowledgeStorage", "Insight", "Rendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "kb",
            dependencies: [
                "KnowledgeBase", "KnowledgeStorage", "Insight", "InsightPostgres", "Rendering",
                "ServerRuntime",
                "QueryServer", "RESP",
                "DeskServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark: `swift run -c release kb-bench --corpus DIR [--peers]`.
        // Counts heap allocations by interposing malloc (glibc); linked into kb-bench only.
        .target(name: "AllocationCounter"),
        .executableTarget(
            name: "kb-bench",
            dependencies: ["KnowledgeBase", "KnowledgeStorage", "Insight", "AllocationCounter"],
            exclude: ["peers_relevance.py", "load.sh"]),
        // What several test targets share: loopback sockets, redis-cli, a seeded generator, temporary
        // folders removed at exit.
        .target(name: "TestSupport", dependencies: ["FileSupport"], path: "Tests/TestSupport"),
        .testTarget(
            name: "AnalysisTests", dependencies: ["Analysis", "TestSupport"], exclude: ["Resources"]),
        .testTarget(name: "SearchTests", dependencies: ["Search"]),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport", "TestSupport"]),
        .testTarget(
            name: "KnowledgeBaseTests",
            dependencies: [
                "KnowledgeBase", "KnowledgeStorage", "Insight", "Rendering", "FileSupport", "TestSupport",
            ],
            exclude: ["Relevance"]),
        .testTarget(name: "kbTests", dependencies: ["kb", "TestSupport"], exclude: ["Browser"]),
        .testTarget(
            name: "RESPTests",
            dependencies: [
                "RESP", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "QueryServerTests",
            dependencies: [
                "QueryServer", "ServerRuntime", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]),
        .testTarget(
            name: "DeskServerTests",
            dependencies: ["DeskServer", "QueryServer", "ServerRuntime", "TestSupport"]),
        // Issue 14 on loopback: the built kb as primary and replicas behind Debian's haproxy.
        .testTarget(name: "ClusterTests", dependencies: ["kb", "TestSupport"]),
        // The PostgreSQL event store against a private PostgreSQL 15 cluster (and `kb serve`
        // processes sharing it).
        .testTarget(
            name: "InsightPostgresTests", dependencies: ["InsightPostgres", "Insight", "kb", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
