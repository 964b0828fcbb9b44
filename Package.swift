// swift-tools-version: 6.1
import PackageDescription

// Vägvisare: a knowledge base and FAQ service for Malmö stad's kontaktcenter.
// Layers, data flowing one way:
//   engine:     Analysis ← Search                   (text and documents, no articles)
//   knowledge:  XMLSupport (libxml2) ← KnowledgeBase (articles, registers, store)
//   front ends: kb (CLI)
let package = Package(
    name: "Vagvisare",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kb", targets: ["kb"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
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
        .target(
            name: "KnowledgeBase",
            dependencies: [
                "Search", "XMLSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // RESP2 codec: bytes to argument lists and replies to bytes; knows no commands.
        .target(name: "RESP", dependencies: [.product(name: "NIOCore", package: "swift-nio")]),
        // The line-oriented query server (`kb serve`).
        .target(
            name: "QueryServer",
            dependencies: [
                "RESP", "KnowledgeBase", "Search",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The desk page: HTTP beside the RESP port (swift-nio's own HTTP/1, no new dependency).
        .target(
            name: "DeskServer",
            dependencies: [
                "QueryServer", "KnowledgeBase",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "kb",
            dependencies: [
                "KnowledgeBase", "QueryServer", "RESP", "DeskServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark: `swift run -c release kb-bench --corpus DIR [--peers]`.
        // Counts heap allocations by interposing malloc (glibc); linked into kb-bench only.
        .target(name: "AllocationCounter"),
        .executableTarget(
            name: "kb-bench", dependencies: ["KnowledgeBase", "AllocationCounter"],
            exclude: ["peers_relevance.py", "load.sh"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis"], exclude: ["Resources"]),
        .testTarget(name: "SearchTests", dependencies: ["Search"]),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase"], exclude: ["Relevance"]),
        .testTarget(name: "kbTests", dependencies: ["kb"], exclude: ["Browser"]),
        .testTarget(
            name: "RESPTests",
            dependencies: [
                "RESP",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "QueryServerTests", dependencies: ["QueryServer"]),
        .testTarget(name: "DeskServerTests", dependencies: ["DeskServer"]),
    ],
    swiftLanguageModes: [.v6]
)
