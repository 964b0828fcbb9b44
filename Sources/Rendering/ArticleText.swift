import KnowledgeBase

/// Wrapping and padding for text meant for people (terminals, `nc`).
public enum TextLayout {
    /// Wraps `text` at word boundaries to `width` characters, each line prefixed by `indent`.
    public static func wrap(_ text: String, width: Int = 96, indent: String = "") -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width - indent.count {
                lines.append(indent + current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(indent + current) }
        return lines
    }

    /// Pads `text` with spaces to `width` characters (counting characters, so å/ä/ö align).
    public static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }
}

/// The human form of one article, as a guide reads it at the desk: shared by `kb get` and the
/// server's `GET`.
public enum ArticleText {
    /// Said in place of easy-read text when an article has none, before its summary.
    public static let noEasyRead = "(Ingen lättläst text finns; här är sammanfattningen.)"

    /// What a guide is told when the first hit is not a sure match: that no article is a sure
    /// answer, and the corrected query when there is one ("Ingen säker träff – menade du …?").
    public static func unsure(_ result: ArticleSearchResult) -> String {
        var line = "Ingen säker träff"
        if let corrected = result.correctedQuery {
            line += " – menade du ”\(corrected)”?"
        } else if result.confidence == .none {
            line +=
                " – ingen artikel verkar svara på frågan. Kontrollera innan du läser upp, eller prova andra ord."
        } else {
            line += " – kontrollera att artikeln svarar på frågan innan du läser upp."
        }
        return line
    }

    /// Heads text marked `<staff-only>`, wherever staff see it.
    public static let staffLabel = "Till personalen (lämnas inte ut):"

    /// What a hit shows in easy-read mode, on one line: the easy-read text, or the marker and
    /// the summary when the article has none (`kb search --json --easy`, the server's `EASY`).
    public static func easySummary(_ record: ArticleRecord) -> String {
        guard let easyRead = record.easyRead else { return noEasyRead + " " + record.summary }
        return easyRead.split(separator: "\n").joined(separator: " ")
    }

    /// `result` with each hit's summary replaced by `easySummary` (and no highlights, which
    /// point into the summary).
    public static func easy(_ result: ArticleSearchResult) -> ArticleSearchResult {
        var result = result
        for index in result.hits.indices {
            result.hits[index].record.summary = easySummary(result.hits[index].record)
            result.hits[index].summaryHighlights = []
        }
        return result
    }

    /// With `easy`, the easy-read text stands in place of the summary and the body (or, when the
    /// article has none, `noEasyRead` and the summary).
    public static func lines(_ article: Article, _ registers: Registers, easy: Bool = false) -> [String] {
        var out: [String] = []
        func line(_ text: String = "") { out.append(text) }
        /// An empty line, unless the last one is empty already.
        func blank() { if out.last != "" { out.append("") } }
        line(article.title)
        line(String(repeating: "=", count: article.title.count))
        var status = "\(article.id) · revision \(article.revision) · \(article.category)"
        if article.status != .published { status += " · \(article.status.rawValue.uppercased())" }
        line(status)
        line()
        if easy {
            line("Lättläst:")
            if let easyRead = article.easyRead, !easyRead.isEmpty {
                blocks(easyRead, into: &out)
            } else {
                line("  " + noEasyRead)
                for item in TextLayout.wrap(article.summary, indent: "  ") { line(item) }
            }
        } else {
            line("Läs upp:")
            for item in TextLayout.wrap(article.summary, indent: "  ") { line(item) }
        }
        line()
        if !article.referrals.isEmpty {
            line("Hänvisa till:")
            for referral in article.referrals {
                let unit = registers.unit(referral.unit)
                line("  " + (unit?.name ?? referral.unit))
                let details: [(String, String?)] = [
                    ("Telefon", unit?.phone), ("Tider", unit?.hours), ("E-post", unit?.email),
                    ("Adress", unit?.address), ("Webb", unit?.web),
                ]
                for (label, value) in details {
                    if let value { line("    " + TextLayout.pad(label + ":", 9) + value) }
                }
                if !referral.note.isEmpty {
                    for item in TextLayout.wrap(referral.note, indent: "    ") { line(item) }
                }
            }
            line()
        }
        if !easy {
            line("Text:")
            blocks(article.body, into: &out)
            if let easyRead = article.easyRead {
                line()
                line("Lättläst:")
                blocks(easyRead, into: &out)
            }
        }
        if !article.questions.isEmpty {
            blank()
            line("Vanliga frågor:")
            for item in article.questions { line("  – " + item) }
        }
        if !article.legalBasis.isEmpty {
            blank()
            line("Lagrum: " + article.legalBasis.joined(separator: "; "))
        }
        if !article.related.isEmpty {
            line("Se också: " + article.related.joined(separator: ", "))
        }
        blank()
        let owner = registers.owner(article.owner)
        line("Ägare:   " + (owner?.name ?? article.owner) + (owner.map { " — " + $0.contact } ?? ""))
        var review = "Granskas senast: " + (article.reviewBy ?? "–")
        if let reviewed = article.reviewed { review += " (granskad \(reviewed))" }
        line(review)
        return out
    }

    private static func blocks(_ blocks: [Block], into out: inout [String]) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { out.append("") }
            switch block {
            case .paragraph(let text):
                out += TextLayout.wrap(text, indent: "  ")
            case .steps(let steps):
                for (number, step) in steps.enumerated() { hanging("\(number + 1). ", step, into: &out) }
            case .list(let items):
                for item in items { hanging("• ", item, into: &out) }
            case .staff(let inner):
                out.append("  " + staffLabel)
                var nested: [String] = []
                ArticleText.blocks(inner, into: &nested)
                out += nested.map { $0.isEmpty ? $0 : "  " + $0 }
            }
        }
    }

    /// `marker` then `text`, continuation lines aligned under the text.
    private static func hanging(_ marker: String, _ text: String, into out: inout [String]) {
        let indent = String(repeating: " ", count: 2 + marker.count)
        for (index, wrapped) in TextLayout.wrap(text, indent: indent).enumerated() {
            out.append(index == 0 ? "  " + marker + wrapped.dropFirst(indent.count) : wrapped)
        }
    }
}
