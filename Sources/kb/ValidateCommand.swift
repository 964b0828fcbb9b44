import ArgumentParser
import KnowledgeBase
import KnowledgeStorage

/// `kb validate [--strict] [PATH…]`: checks the whole folder, or a delivery against the folder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Kontrollera kunskapsmappen, eller filer som ska importeras, och lista varje fel.",
        discussion: """
            Utan SÖKVÄG kontrolleras hela mappen: schema, id lika med filnamn, unika id, att varje \
            ref finns och att review-by kommer efter reviewed. Dessutom varnar kommandot när en \
            publicerad artikels första hänvisning inte går att nå direkt (telefon, e-post eller \
            e-tjänst) eller leder till kontaktcenter självt; med --strict räknas varningarna som fel. \
            Med SÖKVÄGAR (filer eller mappar) kontrolleras de som `kb import` skulle göra, mot \
            mappen som den skulle bli efter importen, och ingenting ändras.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Räkna varningar om hänvisningar som fel (avslutar med kod 1).")
    var strict = false

    @Argument(
        help: ArgumentHelp("Artiklar, register eller paket att kontrollera mot mappen.", valueName: "SÖKVÄG"))
    var paths: [String] = []

    func run() throws {
        if !paths.isEmpty {
            do {
                let report = try Publisher(folder: options.folder).importBatch(paths, dryRun: true)
                Output.line(
                    "giltigt: \(Words.count(report.articles.count, "artikel", "artiklar")) – "
                        + "\(report.added) skulle läggas till, \(report.updated) uppdateras, "
                        + "\(report.unchanged) vara oförändrade")
            } catch StorageError.refused(let diagnostics) {
                Output.errors(diagnostics.map(\.description))
                Output.error(
                    "\(Words.count(diagnostics.count, "fel", "fel")); ingenting skulle importeras")
                throw ExitCode.failure
            } catch {
                throw error  // a file or history failure (a catch-all here avoids a Swift 6.3 SILGen crash)
            }
            return
        }
        var articles = 0
        // Only the first referral of each article is kept for the check, so a large folder is
        // still read streaming.
        var firstReferrals: [Article] = []
        let (registers, diagnostics) = try options.folder.scan().run { article in
            articles += 1
            var kept = article
            kept.body = []
            kept.easyRead = nil
            kept.referrals = Array(article.referrals.prefix(1))
            firstReferrals.append(kept)
        }
        guard diagnostics.isEmpty else {
            Output.errors(diagnostics.map(\.description))
            Output.error("\(Words.count(diagnostics.count, "fel", "fel")) i \(options.knowledge)")
            throw ExitCode.failure
        }
        let quality = ReferralQuality(registers: registers)
        let warnings = firstReferrals.flatMap(quality.warnings)
        for warning in warnings {
            Output.errors([
                "\(options.folder.display(options.folder.articlePath(warning.article))): varning: \(warning)"
            ])
        }
        let counts =
            "\(Words.count(articles, "artikel", "artiklar")), \(Words.count(registers.owners.count, "förvaltning", "förvaltningar")), "
            + "\(Words.count(registers.units.count, "enhet", "enheter")), \(Words.count(registers.synonyms.count, "synonym", "synonymer")), "
            + Words.count(registers.translations.count, "översättning", "översättningar")
        if warnings.isEmpty {
            Output.line("\(options.knowledge): giltig – \(counts)")
        } else if strict {
            Output.error(
                "\(Words.count(warnings.count, "varning", "varningar")) om hänvisningar i \(options.knowledge) (--strict)"
            )
            throw ExitCode.failure
        } else {
            Output.line(
                "\(options.knowledge): giltig – \(counts); \(Words.count(warnings.count, "varning", "varningar")) om hänvisningar"
            )
        }
    }
}
