import Foundation

/// Runs `../shared/bench/peers.py` on the same corpus and prints its figures beside kb's.
enum Peers {
    static func run(
        corpus: String, script: String, kbRows: [(String, [Double])], kbBuild: Double, kbIndex: Double,
        kbRSS: Double
    ) throws {
        let json = NSTemporaryDirectory() + "peers-\(UUID().uuidString).json"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--corpus", corpus, "--json", json]
        process.standardOutput = FileHandle.standardError
        try process.run()
        process.waitUntilExit()
        guard let data = FileManager.default.contents(atPath: json),
            let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any]
                ?? (try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]).map({ ["rows": $0] })
        else {
            throw BenchmarkError("peers.py wrote no results (exit \(process.terminationStatus))")
        }
        print("")
        print("| engine | build s | peak RSS MB | plain p50/p99 µs | typo p50/p99 µs | prefix p50/p99 µs |")
        print("| --- | --- | --- | --- | --- | --- |")
        func cell(_ row: [Double]) -> String { "\(format(row[0], 0)) / \(format(row[2], 0))" }
        let kb = Dictionary(uniqueKeysWithValues: kbRows)
        print(
            "| kb | \(format(kbIndex, 1)) (\(format(kbBuild, 1)) with reading XML) | \(format(kbRSS, 0)) | \(kb["plain"].map(cell) ?? "–") | \(kb["typo"].map(cell) ?? "–") | \(kb["prefix"].map(cell) ?? "–") |"
        )
        for row in rows(parsed) { print(row) }
    }

    /// Table rows from peers.py's JSON, whatever its exact shape (engine → figures).
    static func rows(_ parsed: [String: Any]) -> [String] {
        var lines: [String] = []
        let engines: [[String: Any]] =
            (parsed["rows"] as? [[String: Any]]) ?? (parsed["engines"] as? [[String: Any]])
            ?? parsed.compactMap { key, value in
                (value as? [String: Any]).map { $0.merging(["engine": key]) { a, _ in a } }
            }
        for engine in engines.sorted(by: { "\($0["engine"] ?? "")" < "\($1["engine"] ?? "")" }) {
            func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }
            func kind(_ name: String) -> String {
                guard
                    let figures = ((engine["sets"] as? [String: Any])?[name] as? [String: Any])
                        ?? (engine[name] as? [String: Any]),
                    let p50 = number(figures["p50"]), let p99 = number(figures["p99"])
                else { return "–" }
                return "\(format(p50, 0)) / \(format(p99, 0))"
            }
            let build = number(engine["build_s"]) ?? number(engine["build"]) ?? 0
            let rss = number(engine["peak_rss_mb"]) ?? number(engine["rss_peak_mb"]) ?? 0
            lines.append(
                "| \(engine["engine"] ?? engine["name"] ?? "?") | \(format(build, 1)) | \(format(rss, 0)) | \(kind("plain")) | \(kind("typo")) | \(kind("prefix")) |"
            )
        }
        return lines
    }
}
