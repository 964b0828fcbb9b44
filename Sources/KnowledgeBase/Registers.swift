/// A förvaltning (city department) that owns guidance, with the contact who answers for it.
public struct Owner: Sendable, Equatable {
    public var id: String
    public var name: String
    public var contact: String
    public var email: String?
    public var phone: String?

    public init(id: String, name: String, contact: String, email: String? = nil, phone: String? = nil) {
        self.id = id
        self.name = name
        self.contact = contact
        self.email = email
        self.phone = phone
    }
}

/// A unit a caller can be referred to: how to reach it and when it answers.
public struct Unit: Sendable, Equatable {
    public var id: String
    public var owner: String
    public var name: String
    public var phone: String?
    public var email: String?
    public var hours: String?
    public var address: String?
    public var web: String?

    public init(
        id: String, owner: String, name: String, phone: String? = nil, email: String? = nil,
        hours: String? = nil, address: String? = nil, web: String? = nil
    ) {
        self.id = id
        self.owner = owner
        self.name = name
        self.phone = phone
        self.email = email
        self.hours = hours
        self.address = address
        self.web = web
    }
}

/// An everyday word and the formal term it stands for ("dagis" → "förskola").
public struct Synonym: Sendable, Equatable {
    public var term: String
    public var formal: String

    public init(term: String, formal: String) {
        self.term = term
        self.formal = formal
    }
}

/// The registers of a knowledge folder.
///
/// Exists so that references (owner, refer, unit owner) are checked against one value, and so
/// that the registers travel together in bundles.
public struct Registers: Sendable, Equatable {
    public var owners: [Owner]
    public var units: [Unit]
    public var synonyms: [Synonym]
    /// Words of other languages (English) callers use, and the Swedish terms they stand for:
    /// the translation register, in the synonyms' format.
    public var translations: [Synonym]
    public var bestBets: [BestBet]

    public init(
        owners: [Owner] = [], units: [Unit] = [], synonyms: [Synonym] = [], translations: [Synonym] = [],
        bestBets: [BestBet] = []
    ) {
        self.owners = owners
        self.units = units
        self.synonyms = synonyms
        self.translations = translations
        self.bestBets = bestBets
    }

    public func owner(_ id: String) -> Owner? { owners.first { $0.id == id } }
    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }
}

/// Which register a document or file holds.
public enum RegisterKind: String, Sendable, CaseIterable {
    case owners, units, synonyms, translations, bestbets

    /// The file inside `registers/`.
    public var fileName: String { rawValue + ".xml" }

    /// Whether a folder may lack this register (search then works without it).
    public var isOptional: Bool { self == .synonyms || self == .translations || self == .bestbets }

    /// Whether only an admin token may change it (an owner's token changes only its own units and
    /// best bets).
    public var isAdminOnly: Bool { self != .units && self != .bestbets }
}
