import XMLSupport

/// Maps register elements (`owners`, `units`, `synonyms`, `bestbets`) to the model and back.
/// The only file that knows register element names.
package enum RegistersXML {
    /// Owners with the line each stands on.
    static func owners(from node: ElementNode) -> [(Owner, Int)] {
        node.children("owner").map { owner in
            (
                Owner(
                    id: owner.attribute("id") ?? "",
                    name: owner.child("name")?.normalizedText ?? "",
                    contact: owner.child("contact")?.normalizedText ?? "",
                    email: owner.child("email")?.normalizedText,
                    phone: owner.child("phone")?.normalizedText
                ), owner.line
            )
        }
    }

    static func units(from node: ElementNode) -> [(Unit, Int)] {
        node.children("unit").map { unit in
            (
                Unit(
                    id: unit.attribute("id") ?? "",
                    owner: unit.attribute("owner") ?? "",
                    name: unit.child("name")?.normalizedText ?? "",
                    phone: unit.child("phone")?.normalizedText,
                    email: unit.child("email")?.normalizedText,
                    hours: unit.child("hours")?.normalizedText,
                    address: unit.child("address")?.normalizedText,
                    web: unit.child("web")?.normalizedText
                ), unit.line
            )
        }
    }

    static func synonyms(from node: ElementNode, element: String = "synonym") -> [Synonym] {
        node.children(element).map {
            Synonym(term: normalizeSpace($0.attribute("term") ?? ""), formal: $0.normalizedText)
        }
    }

    static func bestBets(from node: ElementNode) -> [(BestBet, Int)] {
        node.children("bestbet").map { entry in
            (
                BestBet(
                    id: entry.attribute("id") ?? "", owner: entry.attribute("owner") ?? "",
                    article: entry.attribute("article") ?? "", expires: entry.attribute("expires") ?? "",
                    queries: entry.children("query").map(\.normalizedText)
                ), entry.line
            )
        }
    }

    package static func write(_ kind: RegisterKind, of registers: Registers, to writer: XMLWriter) {
        writer.start(kind.rawValue, namespace: KnowledgeNamespace.registers)
        switch kind {
        case .owners:
            for owner in registers.owners {
                writer.start("owner")
                writer.attribute("id", owner.id)
                writer.element("name", owner.name)
                writer.element("contact", owner.contact)
                optional("email", owner.email, writer)
                optional("phone", owner.phone, writer)
                writer.end()
            }
        case .units:
            for unit in registers.units {
                writer.start("unit")
                writer.attribute("id", unit.id)
                writer.attribute("owner", unit.owner)
                writer.element("name", unit.name)
                optional("phone", unit.phone, writer)
                optional("email", unit.email, writer)
                optional("hours", unit.hours, writer)
                optional("address", unit.address, writer)
                optional("web", unit.web, writer)
                writer.end()
            }
        case .synonyms:
            terms(registers.synonyms, as: "synonym", writer)
        case .translations:
            writer.attribute("lang", "en")
            terms(registers.translations, as: "translation", writer)
        case .bestbets:
            for entry in registers.bestBets {
                writer.start("bestbet")
                writer.attribute("id", entry.id)
                writer.attribute("owner", entry.owner)
                writer.attribute("article", entry.article)
                writer.attribute("expires", entry.expires)
                for query in entry.queries { writer.element("query", query) }
                writer.end()
            }
        }
        writer.end()
    }

    /// Synonyms and translations: `<element term="…">formal</element>` each.
    private static func terms(_ entries: [Synonym], as element: String, _ writer: XMLWriter) {
        for entry in entries {
            writer.start(element)
            writer.attribute("term", entry.term)
            writer.text(entry.formal)
            writer.end()
        }
    }

    private static func optional(_ name: String, _ value: String?, _ writer: XMLWriter) {
        if let value { writer.element(name, value) }
    }

    package static func document(_ kind: RegisterKind, of registers: Registers) throws(XMLDiagnostics)
        -> [UInt8]
    {
        let writer = XMLWriter()
        write(kind, of: registers, to: writer)
        return try writer.finish()
    }
}
