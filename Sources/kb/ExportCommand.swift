import ArgumentParser
import KnowledgeBase

/// `kb export [--format xml|faq-jsonld|html] [--owner ID] [--out DIR]`: one canonical bundle,
/// importable again; or the public articles as FAQ JSON-LD or as static web pages.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the folder (or one owner's articles) as one XML bundle, FAQ JSON-LD or web pages.",
        discussion: """
            xml: every article and the registers, as one bundle kb import takes back \
            (vagvisare-<owner|alla>-<date>.xml). faq-jsonld: schema.org FAQPage JSON-LD of the \
            published articles for the public (vagvisare-faq-<owner|alla>-<date>.jsonld). html: one \
            accessible page per published article for the public, and index.html \
            (html-<owner|alla>-<date>/). The public formats leave out notes to staff ("Till guiden: …").
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xml
        case faqJSONLD = "faq-jsonld"
        case html
    }

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("What to write: xml, faq-jsonld or html.", valueName: "F"))
    var format: Format = .xml

    @Option(
        help: ArgumentHelp("Only this owner's articles (the registers are always included).", valueName: "ID")
    )
    var owner: String?

    @Option(help: ArgumentHelp("Where to write the export.", valueName: "DIR"))
    var out: String = "./Exports"

    func run() throws {
        do {
            switch format {
            case .xml:
                let (path, count) = try Exporter(folder: options.folder).export(owner: owner, to: out)
                Output.line("exported \(count) article(s) to \(path)")
            case .faqJSONLD:
                let (path, count, questions) = try FAQJSONLD.export(
                    folder: options.folder, owner: owner, to: out)
                Output.line("exported \(count) article(s), \(questions) question(s), to \(path)")
            case .html:
                let (path, count) = try HTMLPages.export(folder: options.folder, owner: owner, to: out)
                Output.line("exported \(count) article page(s) and index.html to \(path)")
            }
        } catch let failure as ImportFailure {
            Output.errors(failure.diagnostics.map(\.description))
            Output.error("nothing was exported")
            throw ExitCode.failure
        }
    }
}
