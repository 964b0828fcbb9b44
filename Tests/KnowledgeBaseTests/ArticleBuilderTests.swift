import Testing
import XMLSupport

@testable import KnowledgeBase

/// `ArticleBuilder` maps an article's events as they stream: it must give what the mapping from
/// an element tree gave (the one loading used before it, kept here as the reference), for valid
/// articles and for any element soup the schema would refuse.
@Suite struct ArticleBuilderTests {

    @Test func mapsAnArticleFieldByField() throws {
        let text = """
            <article xmlns="urn:vagvisare:article:1" id="a-1" xml:lang="sv" status="draft" revision="7">
              <title>  Första
                titeln <x>inte detta</x> och mer </title>
              <title>Andra titeln</title>
              <summary>Kort  svar.</summary>
              <body>
                <p>Ett</p>
                <steps><step> A </step><x/><step>B</step></steps>
                <staff-only><p>Inre</p><staff-only><list><item>I</item></list></staff-only></staff-only>
                <q>okänd</q>
              </body>
              <easy-read/>
              <questions><question>Hur?</question><keyword>nej</keyword></questions>
              <keywords><keyword>k1</keyword></keywords>
              <keywords><keyword>k2</keyword></keywords>
              <category>förskola</category>
              <audience>guide  okänd public</audience>
              <owner ref="o1"/>
              <owner ref="o2"/>
              <refer ref="u1" direct-contact="none">Ring <b>inte</b> hit.</refer>
              <refer>utan ref</refer>
              <related ref="r1"/>
              <related/>
              <legal-basis>SFS 1</legal-basis>
              <legal-basis>SFS 2</legal-basis>
              <review-by>2027-01-01</review-by>
            </article>
            """
        let items = try streamedArticles(text)
        try #require(items.count == 1)
        let (article, lines) = items[0]
        #expect(
            article
                == Article(
                    id: "a-1", language: "sv", status: .draft, revision: 7,
                    title: "Första titeln och mer", summary: "Kort svar.",
                    body: [
                        .paragraph("Ett"), .steps(["A", "B"]),
                        .staff([.paragraph("Inre"), .staff([.list(["I"])])]),
                    ],
                    easyRead: [], questions: ["Hur?"], keywords: ["k1"], category: "förskola",
                    audience: [.guide, .public], owner: "o1",
                    referrals: [
                        Referral(unit: "u1", note: "Ring hit.", noDirectContact: true),
                        Referral(unit: "", note: "utan ref"),
                    ],
                    related: ["r1"], legalBasis: ["SFS 1", "SFS 2"], reviewed: nil, reviewBy: "2027-01-01"))
        #expect(
            lines
                == ArticleLines(root: 1, owner: 18, referrals: [20, 21], related: [22, 23], reviewBy: 26))
        #expect(try lines == treeArticles(text).first?.1)
    }

    @Test func givesWhatTheTreeMappingGaveForRandomDocuments() throws {
        var generator = SoupGenerator(seed: 12)
        var articles: [Article] = []
        for number in 0..<400 {
            let text = generator.document(bundle: number.isMultiple(of: 5))
            let streamed = try streamedArticles(text)
            let expected = try treeArticles(text)
            #expect(streamed.count == expected.count, "document \(number)")
            for (got, want) in zip(streamed, expected) {
                #expect(got.0 == want.0, "document \(number):\n\(text)")
                #expect(got.1 == want.1, "document \(number):\n\(text)")
            }
            articles += streamed.map(\.0)
        }
        // The soup reaches every field, so that the comparison is not between empty articles.
        #expect(articles.count > 400)
        #expect(articles.contains { !$0.title.isEmpty } && articles.contains { !$0.summary.isEmpty })
        #expect(
            articles.contains {
                $0.body.contains { if case .staff(let inner) = $0 { !inner.isEmpty } else { false } }
            })
        #expect(
            articles.contains {
                $0.body.contains { if case .steps(let steps) = $0 { !steps.isEmpty } else { false } }
            })
        #expect(
            articles.contains { !($0.easyRead ?? []).isEmpty } && articles.contains { !$0.questions.isEmpty })
        #expect(articles.contains { !$0.keywords.isEmpty } && articles.contains { !$0.audience.isEmpty })
        #expect(articles.contains { $0.referrals.contains { $0.noDirectContact && !$0.note.isEmpty } })
        #expect(articles.contains { !$0.related.isEmpty } && articles.contains { !$0.legalBasis.isEmpty })
        #expect(articles.contains { $0.reviewBy != nil } && articles.contains { $0.status == .archived })
    }

    @Test func readsTheGeneratedArticlesOfAFolderAsTheirCanonicalForm() throws {
        var generator = SoupGenerator(seed: 3)
        for _ in 0..<50 {
            let streamed = try streamedArticles(generator.document(bundle: false))
            for (article, _) in streamed {
                let again = try streamedArticles(String(decoding: try article.canonicalXML(), as: UTF8.self))
                #expect(again.map(\.0) == [article])
            }
        }
    }

    // MARK: - The two mappings

    /// The articles `ElementStream` hands over for `text` (read without a schema: soup too).
    private func streamedArticles(_ text: String) throws -> [(Article, ArticleLines)] {
        let reader = try XMLReader(bytes: Array(text.utf8), displayName: "soup.xml")
        var found: [(Article, ArticleLines)] = []
        ElementStream(reader: reader).forEachItem(containers: ["bundle"], root: { _, _, _, _ in }) { item in
            if case .article(let article, let lines) = item { found.append((article, lines)) }
        }
        return found
    }

    /// The articles of `text` through an element tree and the tree mapping.
    private func treeArticles(_ text: String) throws -> [(Article, ArticleLines)] {
        let reader = try XMLReader(bytes: Array(text.utf8), displayName: "soup.xml")
        var stack: [ElementNode] = []
        var itemDepth = 0
        var found: [(Article, ArticleLines)] = []
        reader.forEachEvent { event in
            switch event {
            case .start(let name, let namespace, let attributes, let line, let depth):
                if depth == 0 && name == "bundle" {
                    itemDepth = 1
                    return
                }
                if depth >= itemDepth {
                    stack.append(
                        ElementNode(name: name, namespace: namespace, attributes: attributes, line: line))
                }
            case .end(_, let depth):
                guard depth >= itemDepth, let node = stack.popLast() else { return }
                if !stack.isEmpty {
                    stack[stack.count - 1].children.append(node)
                } else if node.name == "article" {
                    found.append(Self.article(from: node))
                }
            case .text(let text):
                if !stack.isEmpty { stack[stack.count - 1].text += text }
            }
        }
        return found
    }

    /// The mapping from a tree that loading used before `ArticleBuilder`.
    private static func article(from node: ElementNode) -> (Article, ArticleLines) {
        var lines = ArticleLines(root: node.line)
        let owner = node.child("owner")
        lines.owner = owner?.line ?? node.line
        let referrals = node.children("refer")
        lines.referrals = referrals.map(\.line)
        let related = node.children("related")
        lines.related = related.map(\.line)
        lines.reviewBy = node.child("review-by")?.line ?? node.line
        let article = Article(
            id: node.attribute("id") ?? "",
            language: node.attribute("xml:lang"),
            status: ArticleStatus(rawValue: node.attribute("status") ?? "published") ?? .published,
            revision: Int(node.attribute("revision") ?? "1") ?? 1,
            title: node.child("title")?.normalizedText ?? "",
            summary: node.child("summary")?.normalizedText ?? "",
            body: blocks(node.child("body")) ?? [],
            easyRead: blocks(node.child("easy-read")),
            questions: node.child("questions")?.children("question").map(\.normalizedText) ?? [],
            keywords: node.child("keywords")?.children("keyword").map(\.normalizedText) ?? [],
            category: node.child("category")?.normalizedText ?? "",
            audience: (node.child("audience")?.normalizedText ?? "").split(separator: " ").compactMap {
                Audience(rawValue: String($0))
            },
            owner: owner?.attribute("ref") ?? "",
            referrals: referrals.map {
                Referral(
                    unit: $0.attribute("ref") ?? "", note: $0.normalizedText,
                    noDirectContact: $0.attribute("direct-contact") == "none")
            },
            related: related.compactMap { $0.attribute("ref") },
            legalBasis: node.children("legal-basis").map(\.normalizedText),
            reviewed: node.child("reviewed")?.normalizedText,
            reviewBy: node.child("review-by")?.normalizedText
        )
        return (article, lines)
    }

    private static func blocks(_ node: ElementNode?) -> [Block]? {
        guard let node else { return nil }
        return node.children.compactMap { child in
            switch child.name {
            case "p": .paragraph(child.normalizedText)
            case "steps": .steps(child.children("step").map(\.normalizedText))
            case "list": .list(child.children("item").map(\.normalizedText))
            case "staff-only": .staff(blocks(child) ?? [])
            default: nil
            }
        }
    }
}

/// Well-formed documents of article element names nested at random (and a few others), with
/// attributes, text, whitespace runs, CDATA and comments: what a schema would mostly refuse.
private struct SoupGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private mutating func below(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    private static let names = [
        "title", "summary", "body", "easy-read", "questions", "question", "keywords", "keyword",
        "category", "audience", "owner", "refer", "related", "legal-basis", "reviewed", "review-by",
        "p", "steps", "step", "list", "item", "staff-only", "article", "x",
    ]
    private static let blocks = ["p", "steps", "list", "staff-only"]
    private static let likely: [String: [String]] = [
        "article": [
            "title", "summary", "body", "easy-read", "questions", "keywords", "category", "audience",
            "owner", "refer", "related", "legal-basis", "reviewed", "review-by",
        ],
        "body": blocks, "easy-read": blocks, "staff-only": blocks, "steps": ["step"], "list": ["item"],
        "questions": ["question"], "keywords": ["keyword"],
    ]
    private static let texts = [
        "ord", "  två  ord ", "\n    ", "å ä ö", "\t\tflik\n", "guide public", "librarian x guide",
        "<![CDATA[ <rå> & text ]]>", "a&amp;b", "<!-- kommentar -->", "",
    ]
    private static let attributes = [
        "ref=\"u\"", "ref=\"v w\"", "direct-contact=\"none\"", "direct-contact=\"yes\"", "id=\"i\"",
        "status=\"archived\"", "status=\"odd\"", "revision=\"3\"", "revision=\"x\"", "xml:lang=\"en\"",
    ]

    mutating func document(bundle: Bool) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if bundle {
            out += "<bundle>\n"
            for _ in 0..<(1 + below(3)) {
                element(below(4) == 0 ? "owners" : "article", depth: 1, into: &out)
                out += "\n"
            }
            out += "</bundle>\n"
        } else {
            element("article", depth: 0, into: &out)
        }
        return out
    }

    private mutating func element(_ name: String, depth: Int, into out: inout String) {
        out += "<" + name
        if name == "article" && depth <= 1 { out += " xmlns=\"urn:vagvisare:article:1\"" }
        var used: Set<String> = []
        for _ in 0..<below(3) {
            let attribute = Self.attributes[below(Self.attributes.count)]
            let key = String(attribute.prefix { $0 != "=" })
            if used.insert(key).inserted { out += " " + attribute }
        }
        let children = depth > 4 ? 0 : below(depth < 2 ? 9 : 4)
        if children == 0 && below(2) == 0 {
            out += "/>"
            return
        }
        out += ">"
        for _ in 0..<children {
            if below(2) == 0 { out += Self.texts[below(Self.texts.count)] }
            if below(3) > 0 { out += "\n" + String(repeating: " ", count: below(6)) }
            // Mostly what the format has there, so that deep fields are reached too.
            let names = below(4) > 0 ? Self.likely[name] ?? Self.names : Self.names
            element(names[below(names.count)], depth: depth + 1, into: &out)
        }
        if below(2) == 0 { out += Self.texts[below(Self.texts.count)] }
        out += "</" + name + ">"
    }
}
