import Foundation
import Testing

/// The layers of `Package.swift` and the README's Architecture table, checked against the
/// `import` lines of every source file: no module imports one of the project's modules that it
/// may not (one further up, or a sibling it must stay apart from).
@Suite struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Each of the project's modules → the project's modules its files may import.
    static let allowed: [String: Set<String>] = {
        let engine: Set<String> = ["Analysis", "Search"]
        let support: Set<String> = ["XMLSupport", "FileSupport"]
        let knowledge = engine.union(support).union(["KnowledgeBase"])
        let all = knowledge.union(["KnowledgeStorage", "Insight", "Rendering"])
        return [
            "Analysis": [],
            "Search": ["Analysis"],
            "XMLSupport": ["CLibXML2"],
            "FileSupport": [],
            "KnowledgeBase": engine.union(support),
            "KnowledgeStorage": knowledge,
            "Insight": knowledge,
            "Rendering": knowledge.union(["Insight"]),
            "InsightPostgres": knowledge.union(["Insight"]),
            "RESP": [],
            // What both servers share; neither server may import the other.
            "ServerRuntime": all,
            "QueryServer": all.union(["RESP", "ServerRuntime"]),
            "DeskServer": all.union(["RESP", "ServerRuntime"]),
        ]
    }()

    static let project: Set<String> = Set(allowed.keys).union(["CLibXML2", "kb", "kb-bench"])

    /// The project modules `file` imports.
    static func imports(_ file: URL) throws -> Set<String> {
        let text = try String(contentsOf: file, encoding: .utf8)
        var found = Set<String>()
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
                words[..<at].allSatisfy({
                    ["@testable", "internal", "public", "package", "@_exported"].contains($0)
                })
            else { continue }
            if project.contains(words[at + 1]) { found.insert(words[at + 1]) }
        }
        return found
    }

    @Test func noModuleReachesBackUp() throws {
        var checked = 0
        for (module, allowed) in Self.allowed {
            let directory = Self.sources.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
            else { continue }
            for case let file as URL in files where file.pathExtension == "swift" {
                let extra = try Self.imports(file).subtracting(allowed).subtracting([module])
                #expect(extra.isEmpty, "\(module)/\(file.lastPathComponent) imports \(extra.sorted())")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The database driver stays in the event store's module: no engine, knowledge or server
    /// module pulls in postgres-nio.
    @Test func onlyTheEventStoreImportsPostgresNIO() throws {
        var importers: Set<String> = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
        for case let file as URL in files! where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.split(separator: "\n").contains(where: { $0.hasPrefix("import PostgresNIO") }) {
                importers.insert(file.deletingLastPathComponent().lastPathComponent)
            }
        }
        #expect(importers == ["InsightPostgres"])
    }

    @Test func theCheckSeesAnImportOutOfPlace() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("layering-\(getpid()).swift")
        defer { try? FileManager.default.removeItem(at: file) }
        try "import Foundation\n@testable import Insight\nimport Rendering\n".write(
            to: file, atomically: true, encoding: .utf8)
        #expect(try Self.imports(file) == ["Insight", "Rendering"])
        #expect(
            try Self.imports(file).subtracting(Self.allowed["KnowledgeBase"]!) == ["Insight", "Rendering"])
    }
}
