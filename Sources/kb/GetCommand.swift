import ArgumentParser
import KnowledgeBase
import Search

/// `kb get ID [--json]`: one article, as a guide reads it at the desk.
struct GetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Show one article: the answer to read aloud, where to refer, the text, the owner."
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Print JSON for programs.")
    var json = false

    @Argument(help: "The article's id.")
    var id: String

    func run() throws {
        let knowledge = try options.load()
        guard let article = knowledge.article(id) else {
            Output.error("no article '\(id)'")
            let close = EditDistance.closest(
                to: id, in: knowledge.articles.map(\.id), limit: max(2, id.count / 3), count: 5)
            let prefixed = knowledge.articles.map(\.id).filter { $0.hasPrefix(id) || id.hasPrefix($0) }
            let suggestions = Array((close + prefixed.filter { !close.contains($0) }).prefix(5))
            if !suggestions.isEmpty {
                Output.error("did you mean: " + suggestions.joined(separator: ", "))
            }
            throw ExitCode.failure
        }
        if json {
            Output.line(ArticleJSON.full(article, knowledge.registers).rendered)
            return
        }
        ArticleText.print(article, knowledge.registers)
    }
}

/// The human form of one article.
enum ArticleText {
    static func print(_ article: Article, _ registers: Registers) {
        Output.line(article.title)
        Output.line(String(repeating: "=", count: article.title.count))
        var status = "\(article.id) · revision \(article.revision) · \(article.category)"
        if article.status != .published { status += " · \(article.status.rawValue.uppercased())" }
        Output.line(status)
        Output.line()
        Output.line("Läs upp:")
        Output.wrap(article.summary, indent: "  ").forEach { Output.line($0) }
        Output.line()
        if !article.referrals.isEmpty {
            Output.line("Hänvisa till:")
            for referral in article.referrals {
                let unit = registers.unit(referral.unit)
                Output.line("  " + (unit?.name ?? referral.unit))
                let details: [(String, String?)] = [
                    ("Telefon", unit?.phone), ("Tider", unit?.hours), ("E-post", unit?.email),
                    ("Adress", unit?.address), ("Webb", unit?.web),
                ]
                for (label, value) in details {
                    if let value { Output.line("    " + Output.pad(label + ":", 9) + value) }
                }
                if !referral.note.isEmpty { Output.wrap(referral.note, indent: "    ").forEach { Output.line($0) } }
            }
            Output.line()
        }
        Output.line("Text:")
        printBlocks(article.body)
        if let easyRead = article.easyRead {
            Output.line()
            Output.line("Lättläst:")
            printBlocks(easyRead)
        }
        if !article.questions.isEmpty {
            Output.line()
            Output.line("Vanliga frågor:")
            article.questions.forEach { Output.line("  – " + $0) }
        }
        if !article.legalBasis.isEmpty {
            Output.line()
            Output.line("Lagrum: " + article.legalBasis.joined(separator: "; "))
        }
        if !article.related.isEmpty {
            Output.line("Se också: " + article.related.joined(separator: ", "))
        }
        Output.line()
        let owner = registers.owner(article.owner)
        Output.line("Ägare:   " + (owner?.name ?? article.owner) + (owner.map { " — " + $0.contact } ?? ""))
        var review = "Granskas senast: " + (article.reviewBy ?? "–")
        if let reviewed = article.reviewed { review += " (granskad \(reviewed))" }
        Output.line(review)
    }

    private static func printBlocks(_ blocks: [Block]) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { Output.line() }
            switch block {
            case .paragraph(let text):
                Output.wrap(text, indent: "  ").forEach { Output.line($0) }
            case .steps(let steps):
                for (number, step) in steps.enumerated() { hanging("\(number + 1). ", step) }
            case .list(let items):
                items.forEach { hanging("• ", $0) }
            }
        }
    }

    /// `marker` then `text`, continuation lines aligned under the text.
    private static func hanging(_ marker: String, _ text: String) {
        let indent = String(repeating: " ", count: 2 + marker.count)
        for (index, line) in Output.wrap(text, indent: indent).enumerated() {
            Output.line(index == 0 ? "  " + marker + line.dropFirst(indent.count) : line)
        }
    }
}
