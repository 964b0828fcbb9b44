import Foundation

/// Command-line options of `kb-bench` (few enough not to need argument-parser).
struct Options {
    var corpus = "./Knowledge"
    var peers = false
    var showSlowest = false
    var redaction = false
    /// Times PUBLISH of one article into the corpus (which it changes: give it a copy).
    var publish = false
    var peersScript = "../shared/bench/peers.py"
    /// A second corpus (another size) to count allocations per query on, with the same queries.
    var allocationsVersus: String?
    /// The engine's pruning modes to time, each query in each mode in turn after one load.
    var pruningModes: [PruningMode] = [.automatic]
    /// Times each query set this many times (longer runs for a profiler).
    var repeats = 1

    /// How `kb-bench` asks the engine to prune (`SearchRequest.Pruning`).
    enum PruningMode: String, CaseIterable {
        case off, on
        case automatic = "auto"
    }

    init(_ arguments: ArraySlice<String>) throws {
        var rest = arguments
        while let argument = rest.popFirst() {
            switch argument {
            case "--corpus", "--knowledge":
                guard let value = rest.popFirst() else { throw BenchmarkError("\(argument) needs a folder") }
                corpus = value
            case "--peers": peers = true
            case "--slowest": showSlowest = true
            case "--redaction": redaction = true
            case "--publish": publish = true
            case "--peers-script":
                guard let value = rest.popFirst() else { throw BenchmarkError("--peers-script needs a path") }
                peersScript = value
            case "--allocations-versus":
                guard let value = rest.popFirst() else { throw BenchmarkError("\(argument) needs a folder") }
                allocationsVersus = value
            case "--pruning":
                guard let value = rest.popFirst() else { throw BenchmarkError("--pruning needs a mode") }
                pruningModes = try value.split(separator: ",").flatMap { name -> [PruningMode] in
                    if name == "both" { return [.off, .on] }
                    if name == "all" { return PruningMode.allCases }
                    guard let mode = PruningMode(rawValue: String(name)) else {
                        throw BenchmarkError("--pruning: unknown mode \(name) (off, on, auto, both, all)")
                    }
                    return [mode]
                }
            case "--repeat":
                guard let value = rest.popFirst(), let count = Int(value), count > 0 else {
                    throw BenchmarkError("--repeat needs a positive count")
                }
                repeats = count
            case "-h", "--help":
                print(
                    "usage: kb-bench [--corpus DIR] [--peers] [--peers-script PATH] [--slowest] "
                        + "[--pruning off|on|auto|both|all (comma-separated)] [--repeat N] "
                        + "[--allocations-versus OTHER-DIR] | --redaction | --publish (into a copy)")
                exit(0)
            default: throw BenchmarkError("unknown argument \(argument)")
            }
        }
    }

    struct QuerySet {
        var name: String
        var queries: [String]
    }

    /// gen_corpus.py's three query files when present; else the relevance set's kinds.
    func querySets() -> [QuerySet] {
        let files = [
            ("plain", "queries.txt"), ("typo", "queries-typo.txt"), ("prefix", "queries-prefix.txt"),
        ]
        let found = files.compactMap { name, file -> QuerySet? in
            guard let text = try? String(contentsOfFile: corpus + "/" + file, encoding: .utf8) else {
                return nil
            }
            return QuerySet(
                name: name, queries: text.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
        }
        if !found.isEmpty { return found }
        let relevance = "Tests/KnowledgeBaseTests/Relevance/queries.tsv"
        guard let text = try? String(contentsOfFile: relevance, encoding: .utf8) else { return [] }
        var byKind: [String: [String]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t")
            guard columns.count >= 2 else { continue }
            let kind = String(columns[0])
            let set = kind == "typo" ? "typo" : kind == "prefix" ? "prefix" : "plain"
            byKind[set, default: []].append(String(columns[1]))
        }
        return ["plain", "typo", "prefix"].map { QuerySet(name: $0, queries: byKind[$0] ?? []) }
    }
}
