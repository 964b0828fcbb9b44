import FileSupport
import Foundation
import KnowledgeBase

/// The published articles as accessible static web pages: one page per article and an index.
///
/// Exists so the answers the kontaktcenter gives can be put on the public web as they are:
/// Swedish (`lang="sv"`), a skip link, landmarks and headings, the summary, the body, the
/// easy-read text, where to turn (phone numbers as `tel:` links) and who answers for the page.
/// Inline CSS only and no scripts; the layout is one readable column that reflows at 200 % zoom
/// and on a phone. Every value from the folder is HTML-escaped, and only http(s) addresses
/// become links. Only what `PublicExport` lets out is written.
public enum HTMLPages {
    /// The folder's name: `html-<owner or alla>-<date>`.
    public static func directoryName(owner: String?, date: String) -> String {
        "html-\(owner ?? "alla")-\(date)"
    }

    /// The file name of an article's page.
    public static func fileName(_ id: String) -> String {
        String(
            id.unicodeScalars.map { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
                    ? Character(scalar) : "_"
            }) + ".html"
    }

    /// Exports the folder's public articles (or one owner's) into `directory`/`directoryName`,
    /// replacing an earlier export of the same name as a whole: the pages are written into a
    /// temporary folder that is renamed into place. Returns the folder's path and how many
    /// article pages it holds. Throws `RenderingError.refused` when the folder is not valid or the owner
    /// is unknown.
    public static func export(
        folder: KnowledgeFolder, owner: String?, to directory: String, date: String = ExportDate.today()
    ) throws(RenderingError) -> (path: String, articles: Int) {
        let (registers, articles) = try PublicExport.articles(folder: folder, owner: owner)
        try onFiles(DurableFiles.makeDirectory(directory))
        let path = directory + "/" + directoryName(owner: owner, date: date)
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = path + ".tmp-\(pid)"
        let previous = path + ".old-\(pid)"
        DurableFiles.remove(temporary)
        defer { DurableFiles.remove(temporary) }
        try onFiles(DurableFiles.makeDirectory(temporary))
        let titles = Dictionary(articles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var written: [String] = []
        for article in articles {
            let html = page(article, registers, titles: titles)
            written.append(temporary + "/" + fileName(article.id))
            try onFiles(DurableFiles.writeFile(Array(html.utf8), to: written[written.count - 1], sync: false))
        }
        written.append(temporary + "/index.html")
        try onFiles(
            DurableFiles.writeFile(
                Array(index(articles, registers, owner: owner).utf8), to: written[written.count - 1],
                sync: false))
        try onFiles(DurableFiles.syncFiles(written, under: temporary))
        // A folder cannot be renamed over a full one: the earlier export steps aside first and
        // comes back if the new one cannot take its place.
        if DurableFiles.exists(path) {
            DurableFiles.remove(previous)
            try onFiles(DurableFiles.rename(path, to: previous))
            do throws(RenderingError) {
                try onFiles(DurableFiles.rename(temporary, to: path))
            } catch {
                try? DurableFiles.rename(previous, to: path)
                throw error
            }
            DurableFiles.remove(previous)
        } else {
            try onFiles(DurableFiles.rename(temporary, to: path))
        }
        try onFiles(DurableFiles.syncDirectory(directory))
        return (path, articles.count)
    }

    /// One article's page. `titles` maps the ids of the other exported pages to their titles
    /// (related articles link only to pages that exist).
    public static func page(_ article: Article, _ registers: Registers, titles: [String: String] = [:])
        -> String
    {
        var context = frame(title: article.title + " – Malmö stad", description: article.summary, registers)
        context["title"] = runs(article.title)
        context["summary"] = runs(article.summary)
        let easyRead = article.easyRead.map(PublicExport.blocks) ?? []
        context["hasEasyRead"] = !easyRead.isEmpty
        context["easyRead"] = blocks(easyRead)
        let body = PublicExport.blocks(article.body)
        context["hasBody"] = !body.isEmpty
        context["body"] = blocks(body)
        context["hasContacts"] = !article.referrals.isEmpty
        context["contacts"] = article.referrals.map { contact($0, registers) }
        context["hasLaws"] = !article.legalBasis.isEmpty
        context["laws"] = article.legalBasis.map { ["runs": runs($0)] }
        let related: [[String: Any]] = article.related.compactMap { id in
            titles[id].map { ["file": fileName(id), "runs": runs($0)] }
        }
        context["hasRelated"] = !related.isEmpty
        context["related"] = related
        context["ownerName"] = runs(registers.owner(article.owner)?.name ?? article.owner)
        if let reviewed = article.reviewed {
            context["reviewed"] = ["date": reviewed, "readable": runs(readable(reviewed))] as [String: Any]
        }
        return HTMLPageTemplates.library.render(context, withTemplate: "page") ?? ""
    }

    /// The index page: every exported article by category, with its summary.
    public static func index(_ articles: [Article], _ registers: Registers, owner: String?) -> String {
        let heading =
            owner.map { "Frågor och svar från " + (registers.owner($0)?.name ?? $0) }
            ?? "Frågor och svar från Malmö stad"
        var context = frame(
            title: heading, description: "Svar på vanliga frågor till Malmö stad.", registers, isIndex: true)
        context["heading"] = runs(heading)
        context["isEmpty"] = articles.isEmpty
        let grouped = Dictionary(grouping: articles, by: \.category)
        let names = grouped.keys.sorted(by: { swedishKey($0) < swedishKey($1) })
        context["hasTopics"] = names.count > 1
        context["categories"] = names.enumerated().map { number, category -> [String: Any] in
            let pages = (grouped[category] ?? []).sorted(by: { swedishKey($0.title) < swedishKey($1.title) })
            return [
                "anchor": "kategori-\(number + 1)", "name": runs(capitalized(category)),
                "pages": pages.map {
                    ["file": fileName($0.id), "runs": runs($0.title), "summary": runs($0.summary)]
                },
            ]
        }
        return HTMLPageTemplates.library.render(context, withTemplate: "index") ?? ""
    }

    // MARK: - Parts

    /// What every page's head and foot show: the page's title and description, and the
    /// kontaktcenter when the units register has it.
    private static func frame(
        title: String, description: String, _ registers: Registers, isIndex: Bool = false
    )
        -> [String: Any]
    {
        var context: [String: Any] = ["pageTitle": title, "pageDescription": description, "isIndex": isIndex]
        if let center = registers.unit("kontaktcenter"), let phone = center.phone {
            var values: [String: Any] = ["centerName": runs(center.name), "centerPhone": runs(phone)]
            if let number = telephone(phone) { values["centerTel"] = number }
            if let hours = center.hours {
                values["hasHours"] = true
                values["centerHours"] = runs(hours.prefix(1).lowercased() + hours.dropFirst())
            }
            context["center"] = values
        }
        return context
    }

    private static func blocks(_ blocks: [Block]) -> [[String: Any]] {
        blocks.compactMap { block in
            switch block {
            case .paragraph(let text): ["isParagraph": true, "runs": runs(text)]
            case .steps(let steps): ["listTag": "ol", "items": steps.map { ["runs": runs($0)] }]
            case .list(let items): ["listTag": "ul", "items": items.map { ["runs": runs($0)] }]
            case .staff: nil  // never public; `PublicExport.blocks` has removed it already
            }
        }
    }

    private static func contact(_ referral: Referral, _ registers: Registers) -> [String: Any] {
        let unit = registers.unit(referral.unit)
        var rows: [[String: Any]] = []
        func row(_ label: String, _ text: String, href: String? = nil) {
            var row: [String: Any] = ["label": label, "runs": runs(text)]
            if let href { row["href"] = href }
            rows.append(row)
        }
        if let phone = unit?.phone { row("Telefon", phone, href: telephone(phone).map { "tel:" + $0 }) }
        if let hours = unit?.hours { row("Öppettider", hours) }
        if let email = unit?.email {
            let valid =
                email.contains("@") && !email.contains(where: { $0.isWhitespace || "<>\"'?&".contains($0) })
            row("E-post", email, href: valid ? "mailto:" + email : nil)
        }
        if let address = unit?.address { row("Adress", address) }
        if let web = unit?.web {
            let (href, shown) = link(web)
            row("Webbplats", shown, href: href)
        }
        return [
            "unitName": runs(unit?.name ?? referral.unit), "hasNote": !referral.note.isEmpty,
            "note": runs(referral.note), "hasRows": !rows.isEmpty, "rows": rows,
        ]
    }

    /// A web address's link target when it is http(s), and the text shown: without the scheme
    /// when it is a link, as written otherwise.
    private static func link(_ address: String) -> (href: String?, shown: String) {
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
            !address.contains(where: { $0.isWhitespace })
        else { return (nil, address) }
        var shown = String(address.drop(while: { $0 != "/" }).dropFirst(2))
        if shown.hasSuffix("/") { shown.removeLast() }
        return (address, shown)
    }

    /// "040-34 10 00" → "+4640341000"; nil when the text is no phone number.
    private static func telephone(_ phone: String) -> String? {
        let digits = phone.filter(\.isASCII).filter(\.isNumber)
        guard digits.count >= 3, phone.allSatisfy({ $0.isNumber || " -+()".contains($0) }) else { return nil }
        if phone.hasPrefix("+") { return "+" + digits }
        if digits.hasPrefix("00") { return "+" + digits.dropFirst(2) }
        if digits.hasPrefix("0") { return "+46" + digits.dropFirst() }
        return digits
    }

    /// "2026-09-10" → "10 september 2026".
    private static func readable(_ date: String) -> String {
        let months = [
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december",
        ]
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return date }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// Orders text as a Swedish reader expects: case and accents aside, å, ä, ö after z.
    private static func swedishKey(_ text: String) -> String {
        String(
            text.lowercased().map { character -> Character in
                switch character {
                case "å": "{"
                case "ä", "æ": "|"
                case "ö", "ø": "}"
                case "é", "è", "ê", "ë": "e"
                case "ü": "y"
                default: character
                }
            })
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `text` as runs for the `run` template: plain text, and each run of a number with spaces
    /// or hyphens in it ("040-34 10 00", "205 80") marked to be kept on one line.
    private static func runs(_ text: String) -> [[String: Any]] {
        let characters = Array(text)
        func isDigit(_ index: Int) -> Bool { characters[index].isASCII && characters[index].isNumber }
        var out: [[String: Any]] = []
        var plain = ""
        var index = 0
        while index < characters.count {
            guard isDigit(index) else {
                plain.append(characters[index])
                index += 1
                continue
            }
            // The longest run of digits, spaces and hyphens that ends in a digit.
            var end = index
            var scan = index
            while scan < characters.count, isDigit(scan) || " -‑".contains(characters[scan]) {
                if isDigit(scan) { end = scan }
                scan += 1
            }
            let run = String(characters[index...end])
            let digits = run.filter(\.isNumber).count
            if run.count > digits && digits >= 5 {
                if !plain.isEmpty { out.append(["text": plain, "nowrap": false]) }
                plain = ""
                out.append(["text": run, "nowrap": true])
            } else {
                plain += run
            }
            index = end + 1
        }
        if !plain.isEmpty { out.append(["text": plain, "nowrap": false]) }
        return out
    }
}
