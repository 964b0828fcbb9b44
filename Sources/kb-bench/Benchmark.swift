import AllocationCounter
import Foundation
import KnowledgeBase

/// `kb-bench`: index build time, memory and query latency of Vägvisare's search on a knowledge
/// folder, printed as a table; with `--peers`, the peer engines of `../shared/bench/peers.py`
/// measured in the same run beside it.
///
/// Exists because speed targets live in a benchmark (release build, percentiles printed), never
/// in timed unit tests. Run: `swift run -c release kb-bench --corpus /tmp/kb-100k --peers`.
@main
struct Benchmark {
    static func main() throws {
        let options = try Options(CommandLine.arguments.dropFirst())
        if options.redaction { return RedactionBenchmark.run() }
        if options.publish { return try PublishBenchmark.run(KnowledgeFolder(root: options.corpus)) }
        let folder = KnowledgeFolder(root: options.corpus)
        let clock = ContinuousClock()
        let started = clock.now
        let (built, diagnostics) = try KnowledgeIndex.build(folder: folder)
        guard let index = built else {
            for diagnostic in diagnostics.prefix(20) { print(diagnostic) }
            throw BenchmarkError("the folder is not valid (\(diagnostics.count) problems)")
        }
        let buildSeconds = seconds(clock.now - started)
        let peakAfterBuild = ProcessMemory.peakMB()
        print(
            "kb: \(index.count) published articles, read + validate + index in \(format(buildSeconds, 2)) s "
                + "(index alone \(format(index.buildSeconds, 2)) s), \(index.searcher.index.dictionary.count) terms, "
                + "index \(index.searcher.index.byteCount / 1_000_000) MB "
                + "(bitmaps of the commonest terms and of their highest postings \(format(Double(index.searcher.index.bitmapByteCount) / 1e6, 1)) MB), "
                + "peak RSS \(format(peakAfterBuild, 0)) MB")
        fflush(nil)  // seen now also when written to a file (to attach a profiler for the queries)
        var rows: [(String, [Double])] = []
        let modes = options.pruningModes
        for set in options.querySets() {
            let queries = set.queries
            guard !queries.isEmpty else { continue }
            // Prefix queries are typed as on the desk page: the last word is being typed.
            let typing = set.name == "prefix"
            for mode in modes {
                for query in queries { _ = search(index, query, typing: typing, mode) }  // warm
            }
            var timings = modes.map { _ in Timings() }
            var differing = 0
            for _ in 0..<options.repeats {
                for (n, query) in queries.enumerated() {
                    // Each query in every mode, a different mode first each time, so that none
                    // gains from another having just read the same postings.
                    var answers: [[String]] = []
                    for k in modes.indices {
                        let m = (k + n) % modes.count
                        let c0 = ThreadCPU.micros()
                        let t0 = clock.now
                        let result = search(index, query, typing: typing, modes[m])
                        let micros = seconds(clock.now - t0) * 1_000_000
                        timings[m].add(wall: micros, cpu: ThreadCPU.micros() - c0, query: query, hits: result)
                        answers.append(
                            result.hits.map { "\($0.record.id) \($0.score)" } + ["\(result.total)"])
                    }
                    if answers.contains(where: { $0 != answers[0] }) { differing += 1 }
                }
            }
            for (m, mode) in modes.enumerated() {
                var timing = timings[m]
                timing.sort()
                let allocations = AllocationCount.perQuery(index, queries, typing: typing, mode)
                if m == 0 { rows.append((set.name, timing.wallPercentiles)) }
                let label = modes.count > 1 ? "\(set.name) \(mode.rawValue)" : set.name
                print(
                    "  \(label.padding(toLength: max(7, label.count), withPad: " ", startingAt: 0)) \(queries.count) queries: "
                        + "p50 \(format(timing.wallPercentiles[0], 0)) µs, "
                        + "p95 \(format(timing.wallPercentiles[1], 0)) µs, "
                        + "p99 \(format(timing.wallPercentiles[2], 0)) µs, "
                        + "with hits \(format(100 * Double(timing.withHits) / Double(timing.count), 1)) %"
                        + (allocations.map { ", allocations per query \(format($0.mean, 1)) (max \($0.max))" }
                            ?? "")
                )
                // The thread's own CPU time per query: what the query costs when other processes
                // take the cores (wall-clock percentiles then measure the scheduler as much as search).
                print(
                    "          CPU time: p50 \(format(percentile(timing.cpu, 50), 0)) µs, "
                        + "p95 \(format(percentile(timing.cpu, 95), 0)) µs, "
                        + "p99 \(format(percentile(timing.cpu, 99), 0)) µs, "
                        + "mean \(format(timing.cpu.reduce(0, +) / Double(timing.count), 0)) µs"
                )
                if options.showSlowest {
                    // The slowest 1 % (at least 5): the queries that make the p99.
                    for (micros, query) in timing.slowest.prefix(max(5, timing.count / 100 + 1)) {
                        print("      \(format(micros, 0)) µs CPU  \(query)")
                    }
                }
            }
            if modes.count > 1 {
                print("          queries whose hits or count differ between the modes: \(differing)")
            }
            fflush(nil)
        }
        print("  peak RSS after queries \(format(ProcessMemory.peakMB(), 0)) MB")
        if let other = options.allocationsVersus {
            try AllocationCount.compare(index, with: other, querySets: options.querySets())
        }
        if options.peers {
            try Peers.run(
                corpus: options.corpus, script: options.peersScript, kbRows: rows, kbBuild: buildSeconds,
                kbIndex: index.buildSeconds, kbRSS: ProcessMemory.peakMB())
        }
    }
}

/// One query in one pruning mode.
func search(_ index: KnowledgeIndex, _ query: String, typing: Bool, _ mode: Options.PruningMode)
    -> ArticleSearchResult
{
    switch mode {
    case .automatic: index.search(query, limit: 10, highlight: false, typing: typing, pruning: .automatic)
    case .on: index.search(query, limit: 10, highlight: false, typing: typing, pruning: .always)
    case .off: index.search(query, limit: 10, highlight: false, typing: typing, pruning: .never)
    }
}

/// Latencies of one query set in one mode: wall clock and the thread's CPU time, microseconds.
struct Timings {
    var wall: [Double] = []
    var cpu: [Double] = []
    var slowest: [(Double, String)] = []
    var withHits = 0
    var count: Int { wall.count }

    mutating func add(wall micros: Double, cpu: Double, query: String, hits result: ArticleSearchResult) {
        wall.append(micros)
        self.cpu.append(cpu)
        slowest.append((cpu, query))
        if !result.hits.isEmpty { withHits += 1 }
    }

    mutating func sort() {
        wall.sort()
        cpu.sort()
        slowest.sort { $0.0 > $1.0 }
    }

    var wallPercentiles: [Double] { [percentile(wall, 50), percentile(wall, 95), percentile(wall, 99)] }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

func format(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

/// The calling thread's CPU time (user + system), in microseconds.
enum ThreadCPU {
    static func micros() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1_000_000 + Double(time.tv_nsec) / 1_000
    }
}

/// The process's peak resident memory (VmHWM).
enum ProcessMemory {
    static func peakMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            return (digits.first ?? 0) / 1024
        }
        return 0
    }
}

/// Heap allocations per query, counted by the `AllocationCounter` target (glibc only).
///
/// Exists so that "a query's allocations do not grow with the corpus" is measured: the same
/// queries on two corpora of different sizes, each query's allocations counted in-process.
enum AllocationCount {
    struct Figures {
        var mean: Double
        var max: UInt64
    }

    /// Allocations each query makes, mean and most; nil where counting is not available.
    static func perQuery(
        _ index: KnowledgeIndex, _ queries: [String], typing: Bool, _ mode: Options.PruningMode = .automatic
    ) -> Figures? {
        guard kb_allocation_counting_available() == 1, !queries.isEmpty else { return nil }
        var total: UInt64 = 0
        var most: UInt64 = 0
        kb_allocation_counting(1)
        defer { kb_allocation_counting(0) }
        for query in queries {
            let before = kb_allocation_count()
            let result = search(index, query, typing: typing, mode)
            let made = kb_allocation_count() - before
            withExtendedLifetime(result) {}
            total += made
            most = max(most, made)
        }
        return Figures(mean: Double(total) / Double(queries.count), max: most)
    }

    /// Loads `other`, runs every query set on both indexes and prints allocations per query side
    /// by side; fails when the larger corpus needs more than 10 % (plus 2) more per query.
    static func compare(_ index: KnowledgeIndex, with other: String, querySets: [Options.QuerySet]) throws {
        guard kb_allocation_counting_available() == 1 else {
            print("  allocations: not counted on this platform")
            return
        }
        let (built, diagnostics) = try KnowledgeIndex.build(folder: KnowledgeFolder(root: other))
        guard let second = built else {
            throw BenchmarkError("\(other) is not valid (\(diagnostics.count) problems)")
        }
        let (small, large) = index.count <= second.count ? (index, second) : (second, index)
        print("  allocations per query, \(small.count) vs \(large.count) published articles (mean / max):")
        var grew: [String] = []
        for set in querySets where !set.queries.isEmpty {
            let typing = set.name == "prefix"
            for query in set.queries.prefix(50) {  // warm both: first-use caches are not per query
                _ = small.search(query, highlight: false, typing: typing)
                _ = large.search(query, highlight: false, typing: typing)
            }
            guard let a = perQuery(small, set.queries, typing: typing),
                let b = perQuery(large, set.queries, typing: typing)
            else { continue }
            print(
                "    \(set.name.padding(toLength: 7, withPad: " ", startingAt: 0)) "
                    + "\(format(a.mean, 1)) / \(a.max)  vs  \(format(b.mean, 1)) / \(b.max)")
            if b.mean > a.mean * 1.1 + 2 { grew.append(set.name) }
        }
        if !grew.isEmpty {
            throw BenchmarkError(
                "allocations per query grow with the corpus: \(grew.joined(separator: ", "))")
        }
        print("  allocations per query do not grow with the corpus")
    }
}
