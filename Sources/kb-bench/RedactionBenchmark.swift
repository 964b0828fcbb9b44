import Foundation
import Insight
import KnowledgeBase

/// `kb-bench --redaction`: the cost of `Redaction.redact` (with `ControlCharacters.strip`, as
/// every stored text gets) per call, on ordinary queries and on ones holding personal data.
///
/// Exists because redaction runs on every query the server logs; its target (about 1 µs a call)
/// is measured here, in a release build, never in a unit test.
enum RedactionBenchmark {
    static let ordinary = [
        "dagis kö", "skolskjuts åk 7", "maxtaxa 2024", "hur ansöker jag om försörjningsstöd", "p-bot 500 kr",
        "bygglov altan", "trygghetslarm pris", "öppettider stadsbiblioteket", "sfi anmälan", "färdtjänst",
    ]
    static let personal = [
        "pnr 850312-1234 dagis", "ring 070-123 45 67", "åsa.öberg@gmail.com om avgift", "８５０３１２-１２３４",
        "namn at malmo punkt se", "8 5 0 3 1 2 1 2 3 4", "٨٥٠٣١٢١٢٣٤ bistånd", "ocr 1234 5678 9012",
    ]

    static func run() {
        let clock = ContinuousClock()
        for (name, texts) in [("ordinary", ordinary), ("personal data", personal)] {
            var perCall: [Double] = []
            var sink = 0
            for round in 0..<2_000 {
                let t0 = clock.now
                for text in texts { sink &+= ControlCharacters.strip(Redaction.redact(text)).utf8.count }
                let elapsed = clock.now - t0
                if round >= 100 {  // warm-up rounds not counted
                    let micros =
                        Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds)
                        / 1e12
                    perCall.append(micros / Double(texts.count))
                }
            }
            perCall.sort()
            func at(_ p: Double) -> Double { perCall[min(perCall.count - 1, Int(p * Double(perCall.count)))] }
            print(
                "redaction, \(name) (\(texts.count) texts): µs per call p50 \(String(format: "%.2f", at(0.5))), "
                    + "p99 \(String(format: "%.2f", at(0.99))) (checksum \(sink % 97))")
        }
    }
}
