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
    /// article pages it holds. Throws `ImportFailure` when the folder is not valid or the owner
    /// is unknown.
    public static func export(
        folder: KnowledgeFolder, owner: String?, to directory: String, date: String = ExportDate.today()
    ) throws -> (path: String, articles: Int) {
        let (registers, articles) = try PublicExport.articles(folder: folder, owner: owner)
        try DurableFiles.makeDirectory(directory)
        let path = directory + "/" + directoryName(owner: owner, date: date)
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = path + ".tmp-\(pid)"
        let previous = path + ".old-\(pid)"
        DurableFiles.remove(temporary)
        defer { DurableFiles.remove(temporary) }
        try DurableFiles.makeDirectory(temporary)
        let titles = Dictionary(articles.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for article in articles {
            let html = page(article, registers, titles: titles)
            try DurableFiles.writeFile(
                Array(html.utf8), to: temporary + "/" + fileName(article.id), sync: false)
        }
        try DurableFiles.writeFile(
            Array(index(articles, registers, owner: owner).utf8), to: temporary + "/index.html", sync: false)
        DurableFiles.syncAll()
        // A folder cannot be renamed over a full one: the earlier export steps aside first and
        // comes back if the new one cannot take its place.
        if DurableFiles.exists(path) {
            DurableFiles.remove(previous)
            try DurableFiles.rename(path, to: previous)
            do {
                try DurableFiles.rename(temporary, to: path)
            } catch {
                try? DurableFiles.rename(previous, to: path)
                throw error
            }
            DurableFiles.remove(previous)
        } else {
            try DurableFiles.rename(temporary, to: path)
        }
        try DurableFiles.syncDirectory(directory)
        return (path, articles.count)
    }

    /// One article's page. `titles` maps the ids of the other exported pages to their titles
    /// (related articles link only to pages that exist).
    public static func page(_ article: Article, _ registers: Registers, titles: [String: String] = [:])
        -> String
    {
        var out = head(title: article.title + " – Malmö stad", description: article.summary)
        out += "<article>\n"
        out += "<h1>\(content(article.title))</h1>\n"
        out += "<p class=\"summary\">\(content(article.summary))</p>\n"
        let easyRead = article.easyRead.map(PublicExport.blocks) ?? []
        if !easyRead.isEmpty {
            out += "<p class=\"to-easy\"><a href=\"#lattlast\">Läs en lättläst text om det här</a></p>\n"
        }
        let body = PublicExport.blocks(article.body)
        if !body.isEmpty {
            out += "<h2>Mer information</h2>\n"
            out += blocks(body)
        }
        if !easyRead.isEmpty {
            out += "<section class=\"easy\" aria-labelledby=\"lattlast\">\n"
            out += "<h2 id=\"lattlast\">Lättläst</h2>\n"
            out += blocks(easyRead)
            out += "</section>\n"
        }
        if !article.referrals.isEmpty {
            out += "<section aria-labelledby=\"kontakt\">\n<h2 id=\"kontakt\">Hit kan du vända dig</h2>\n"
            for referral in article.referrals { out += contact(referral, registers) }
            out += "</section>\n"
        }
        if !article.legalBasis.isEmpty {
            out += "<section aria-labelledby=\"lagar\">\n<h2 id=\"lagar\">Lagar och regler</h2>\n"
            out += list("ul", article.legalBasis.map(content))
            out += "</section>\n"
        }
        let related = article.related.compactMap { id in
            titles[id].map { "<a href=\"\(escape(fileName(id)))\">\(content($0))</a>" }
        }
        if !related.isEmpty {
            out += "<section aria-labelledby=\"las-ocksa\">\n<h2 id=\"las-ocksa\">Läs också</h2>\n"
            out += list("ul", related)
            out += "</section>\n"
        }
        out += "<footer class=\"meta\">\n"
        out +=
            "<p>Ansvarig för sidan: \(content(registers.owner(article.owner)?.name ?? article.owner)).</p>\n"
        if let reviewed = article.reviewed {
            out +=
                "<p>Senast granskad: <time datetime=\"\(escape(reviewed))\">"
                + "\(content(readable(reviewed)))</time>.</p>\n"
        }
        out += "</footer>\n</article>\n"
        out += tail(registers)
        return out
    }

    /// The index page: every exported article by category, with its summary.
    public static func index(_ articles: [Article], _ registers: Registers, owner: String?) -> String {
        let heading =
            owner.map { "Frågor och svar från " + (registers.owner($0)?.name ?? $0) }
            ?? "Frågor och svar från Malmö stad"
        var out = head(
            title: heading, description: "Svar på vanliga frågor till Malmö stad.", isIndex: true)
        out += "<h1>\(content(heading))</h1>\n"
        if articles.isEmpty { out += "<p>Det finns inga sidor här ännu.</p>\n" }
        let categories = Dictionary(grouping: articles, by: \.category)
        let names = categories.keys.sorted(by: { swedishKey($0) < swedishKey($1) })
        if names.count > 1 {
            out += "<nav aria-labelledby=\"amnen\">\n<h2 id=\"amnen\">Ämnen</h2>\n<ul class=\"topics\">\n"
            for (number, category) in names.enumerated() {
                out += "<li><a href=\"#kategori-\(number + 1)\">\(content(capitalized(category)))</a></li>\n"
            }
            out += "</ul>\n</nav>\n"
        }
        for (number, category) in names.enumerated() {
            let anchor = "kategori-\(number + 1)"
            out += "<section aria-labelledby=\"\(escape(anchor))\">\n"
            out +=
                "<h2 id=\"\(escape(anchor))\">\(content(capitalized(category)))</h2>\n<ul class=\"pages\">\n"
            for article in (categories[category] ?? []).sorted(by: {
                swedishKey($0.title) < swedishKey($1.title)
            }) {
                out += "<li><a href=\"\(escape(fileName(article.id)))\">\(content(article.title))</a>"
                out += "<p>\(content(article.summary))</p></li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        out += tail(registers)
        return out
    }

    // MARK: - Parts

    private static let style = """
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:#fff;color:#1b1b1b;font-size:1.125rem;line-height:1.6;
          font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        .site-header,main,.site-footer{max-width:44rem;margin:0 auto;padding:0 1rem}
        .site-header{padding-top:.75rem;padding-bottom:.75rem;border-bottom:4px solid #004990}
        .site-header p{margin:0;font-weight:700}
        a{color:#004990;text-decoration:underline;text-underline-offset:.15em}
        a:hover{text-decoration-thickness:.15em}
        a:focus{outline:3px solid #1b1b1b;outline-offset:0;background:#ffd530;color:#1b1b1b}
        .skip{position:absolute;left:1rem;top:-100rem;z-index:1;padding:.5rem 1rem;
          background:#ffd530;color:#1b1b1b;font-weight:700}
        .skip:focus{top:.5rem}
        main:focus{outline:none}
        h1,h2,h3{line-height:1.25;overflow-wrap:break-word;hyphens:auto}
        h1{font-size:2rem;margin:1.5rem 0 1rem}
        h2{font-size:1.5rem;margin:2.25rem 0 .75rem}
        h3{font-size:1.25rem;margin:0 0 .5rem}
        p,li,dd{overflow-wrap:break-word;max-width:40em}
        li{margin-bottom:.4rem}
        .summary{font-size:1.25rem}
        .easy{margin-top:2.25rem;padding:.25rem 1rem 1rem;background:#eef4fa;border-left:6px solid #004990}
        .easy h2{margin-top:1rem}
        .contact{margin:1rem 0;padding:1rem;border:1px solid #767676;border-radius:4px}
        .contact p{margin:0 0 .5rem}
        .contact dl{margin:0;display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
        .contact dt{font-weight:700}
        .contact dd{margin:0}
        .nowrap{white-space:nowrap}
        .topics{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;padding-left:0;list-style:none}
        .pages{padding-left:1.25rem}
        .pages p{margin:.1rem 0 1rem}
        .meta{margin-top:2.5rem;padding-top:1rem;border-top:1px solid #767676;font-size:1rem;color:#3d3d3d}
        .meta p{margin:.25rem 0}
        .site-footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:4px solid #004990;
          font-size:1rem}
        @media (max-width:30rem){
          body{font-size:1.0625rem}
          h1{font-size:1.625rem}
          h2{font-size:1.3rem}
          h3{font-size:1.125rem}
          .contact{padding:.75rem}
          .easy{padding:.25rem .75rem .75rem}
          .contact dl{display:block}
          .contact dd{margin-bottom:.5rem}
        }
        """

    private static func head(title: String, description: String, isIndex: Bool = false) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <meta name="description" content="\(escape(description))">
            <style>
            \(style)
            </style>
            </head>
            <body>
            <a class="skip" href="#innehall">Hoppa till innehållet</a>
            <header class="site-header">

            """
        out +=
            isIndex
            ? "<p>Malmö stad – frågor och svar</p>\n"
            : "<p><a href=\"index.html\">Malmö stad – frågor och svar</a></p>\n"
        out += "</header>\n<main id=\"innehall\" tabindex=\"-1\">\n"
        return out
    }

    /// The end of a page: the site footer, naming the kontaktcenter when the units register has it.
    private static func tail(_ registers: Registers) -> String {
        var out = "</main>\n<footer class=\"site-footer\">\n"
        if let center = registers.unit("kontaktcenter"), let phone = center.phone {
            let number =
                telephone(phone).map { "<a href=\"tel:\(escape($0))\">\(content(phone))</a>" }
                ?? content(phone)
            out += "<p>Frågor? Ring \(content(center.name)), \(number)"
            out +=
                (center.hours.map { " (" + content($0.prefix(1).lowercased() + $0.dropFirst()) + ")" } ?? "")
                + ".</p>\n"
        }
        out += "<p><a href=\"index.html\">Alla frågor och svar</a></p>\n</footer>\n</body>\n</html>\n"
        return out
    }

    private static func blocks(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): "<p>\(content(text))</p>\n"
            case .steps(let steps): list("ol", steps.map(content))
            case .list(let items): list("ul", items.map(content))
            case .staff: ""  // never public; `PublicExport.blocks` has removed it already
            }
        }.joined()
    }

    /// `items` (already HTML) as an `ol` or `ul`.
    private static func list(_ tag: String, _ items: [String]) -> String {
        "<\(tag)>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</\(tag)>\n"
    }

    private static func contact(_ referral: Referral, _ registers: Registers) -> String {
        let unit = registers.unit(referral.unit)
        var out = "<div class=\"contact\">\n<h3>\(content(unit?.name ?? referral.unit))</h3>\n"
        if !referral.note.isEmpty { out += "<p>\(content(referral.note))</p>\n" }
        var rows: [(String, String)] = []
        if let phone = unit?.phone {
            let number = telephone(phone)
            rows.append(
                (
                    "Telefon",
                    number.map { "<a href=\"tel:\(escape($0))\">\(content(phone))</a>" } ?? content(phone)
                ))
        }
        if let hours = unit?.hours { rows.append(("Öppettider", content(hours))) }
        if let email = unit?.email {
            let valid =
                email.contains("@") && !email.contains(where: { $0.isWhitespace || "<>\"'?&".contains($0) })
            rows.append(
                (
                    "E-post",
                    valid ? "<a href=\"mailto:\(escape(email))\">\(content(email))</a>" : content(email)
                ))
        }
        if let address = unit?.address { rows.append(("Adress", content(address))) }
        if let web = unit?.web {
            rows.append(("Webbplats", link(web)))
        }
        if !rows.isEmpty {
            out += "<dl>\n" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
        }
        out += "</div>\n"
        return out
    }

    /// A web address as a link when it is http(s), shown without the scheme; otherwise as text.
    private static func link(_ address: String) -> String {
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
            !address.contains(where: { $0.isWhitespace })
        else { return content(address) }
        var shown = String(address.drop(while: { $0 != "/" }).dropFirst(2))
        if shown.hasSuffix("/") { shown.removeLast() }
        return "<a href=\"\(escape(address))\">\(content(shown))</a>"
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

    /// `text` as HTML element content: escaped, and each run of a number with spaces or hyphens
    /// in it ("040-34 10 00", "205 80") kept on one line.
    private static func content(_ text: String) -> String {
        let characters = Array(text)
        func isDigit(_ index: Int) -> Bool { characters[index].isASCII && characters[index].isNumber }
        var out = ""
        var index = 0
        while index < characters.count {
            guard isDigit(index) else {
                out += escape(String(characters[index]))
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
            out += run.count > digits && digits >= 5 ? "<span class=\"nowrap\">\(run)</span>" : run
            index = end + 1
        }
        return out
    }

    /// `text` safe in HTML element content and in quoted attribute values.
    private static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
