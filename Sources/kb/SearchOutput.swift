import KnowledgeBase
import Rendering

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How search results look for a person at a desk (JSON is `KnowledgeJSON.search`).
enum SearchOutput {
    /// With `easy`, each hit shows its easy-read text in place of the summary (or, when it has
    /// none, `ArticleText.noEasyRead` and the summary).
    static func print(_ result: ArticleSearchResult, _ registers: Registers, easy: Bool = false) {
        if let plan = result.plan {
            Output.line("Frågan tolkas så här:")
            for item in plan.split(separator: "\n") { Output.line("  " + item) }
            Output.line()
        }
        if let corrected = result.correctedQuery {
            Output.line("Menade du: \(corrected)?")
            Output.line()
        }
        guard !result.hits.isEmpty else {
            var line = "Inga träffar för \"\(result.query)\"."
            if !result.unknownWords.isEmpty {
                line += " Okända ord: " + result.unknownWords.joined(separator: ", ") + "."
            }
            Output.line(line)
            Output.line(
                "Prova färre ord, ett vardagsord (\"dagis\", \"soc\") eller början av ett ord: kb suggest …")
            return
        }
        let tty = isatty(1) == 1
        if result.confidence != .strong {
            Output.line(ArticleText.unsure(result))
            Output.line()
        }
        for (rank, hit) in result.hits.enumerated() {
            if rank > 0 { Output.line() }
            let unsure = hit.confidence == .strong ? "" : "  (osäker träff)"
            Output.line("\(rank + 1). \(hit.record.title)  [\(hit.record.id)]" + unsure)
            if easy, let easyRead = hit.record.easyRead {
                for text in easyRead.split(separator: "\n") {
                    for item in Output.wrap(String(text), indent: "   ") { Output.line(item) }
                }
            } else {
                if easy { Output.line("   " + ArticleText.noEasyRead) }
                let marked = mark(hit.record.summary, hit.summaryHighlights, tty: tty)
                for item in Output.wrap(marked, indent: "   ") { Output.line(item) }
            }
            for referral in hit.record.referrals.prefix(2) {
                let unit = registers.unit(referral.unit)
                var line = "   → " + (unit?.name ?? referral.unit)
                if let phone = unit?.phone { line += " · " + phone }
                if let hours = unit?.hours { line += " · " + hours }
                Output.line(line)
            }
            if let explanation = hit.explanation {
                if let adjustment = hit.adjustment { Output.line("   " + adjustment) }
                Output.line("   Poäng:")
                for item in explanation.description.split(separator: "\n") { Output.line("   " + item) }
            }
        }
        Output.line()
        Output.line("\(Words.count(result.total, "träff", "träffar")) · \(result.tookMicroseconds) µs")
    }

    /// Marks matched words: bold on a terminal, «like this» otherwise.
    static func mark(_ text: String, _ ranges: [Range<Int>], tty: Bool) -> String {
        guard !ranges.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var cursor = 0
        let (open, close) = tty ? ("\u{1B}[1m", "\u{1B}[0m") : ("«", "»")
        for range in ranges where range.lowerBound >= cursor && range.upperBound <= bytes.count {
            out += bytes[cursor..<range.lowerBound]
            out += Array(open.utf8) + bytes[range] + Array(close.utf8)
            cursor = range.upperBound
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }
}
