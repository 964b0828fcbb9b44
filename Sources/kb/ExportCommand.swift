import ArgumentParser
import KnowledgeBase
import KnowledgeStorage
import Rendering

/// `kb export [--format xml|faq-jsonld|html] [--owner ID] [--out DIR]`: one canonical bundle,
/// importable again; or the public articles as FAQ JSON-LD or as static web pages.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Skriv mappen (eller en förvaltnings artiklar) som ett XML-paket, FAQ JSON-LD eller webbsidor.",
        discussion: """
            xml: alla artiklar och registren i ett paket som kb import tar tillbaka \
            (vagvisare-<förvaltning|alla>-<datum>.xml). faq-jsonld: schema.org FAQPage JSON-LD med de \
            publicerade artiklarna för allmänheten (vagvisare-faq-<förvaltning|alla>-<datum>.jsonld). \
            html: en tillgänglig sida per publicerad artikel för allmänheten och index.html \
            (html-<förvaltning|alla>-<datum>/). De publika formaten tar inte med text som är märkt \
            <staff-only> (bara för personal).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xml
        case faqJSONLD = "faq-jsonld"
        case html
    }

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("Vad som skrivs: xml, faq-jsonld eller html.", valueName: "FORMAT"))
    var format: Format = .xml

    @Option(
        help: ArgumentHelp(
            "Bara den här förvaltningens artiklar (registren följer alltid med).", valueName: "ID")
    )
    var owner: String?

    @Option(help: ArgumentHelp("Var exporten skrivs.", valueName: "MAPP"))
    var out: String = "./Exports"

    func run() throws {
        let owner = try Filters.owner(owner, FolderScan.readRegisters(options.folder))
        do {
            switch format {
            case .xml:
                let (path, count) = try Exporter(folder: options.folder).export(owner: owner, to: out)
                Output.line("exporterade \(Words.count(count, "artikel", "artiklar")) till \(path)")
            case .faqJSONLD:
                let (path, count, questions) = try FAQJSONLD.export(
                    folder: options.folder, owner: owner, to: out)
                Output.line(
                    "exporterade \(Words.count(count, "artikel", "artiklar")) och \(Words.count(questions, "fråga", "frågor")) till \(path)"
                )
            case .html:
                let (path, count) = try HTMLPages.export(folder: options.folder, owner: owner, to: out)
                Output.line(
                    "exporterade \(Words.count(count, "artikelsida", "artikelsidor")) och index.html till \(path)"
                )
            }
        } catch StorageError.refused(let diagnostics) {
            Output.errors(diagnostics.map(\.description))
            Output.error("ingenting exporterades")
            throw ExitCode.failure
        } catch RenderingError.refused(let diagnostics) {
            Output.errors(diagnostics.map(\.description))
            Output.error("ingenting exporterades")
            throw ExitCode.failure
        } catch {
            throw error  // a file or history failure (a catch-all here avoids a Swift 6.3 SILGen crash)
        }
    }
}
