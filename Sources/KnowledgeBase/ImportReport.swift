/// Who is publishing: an administrator (anything), or one förvaltning (only its own guidance).
public enum PublishScope: Sendable, Equatable {
    case admin
    case owner(String)
}

/// What an import changed (or, for a dry run, would change).
public struct ImportReport: Sendable, Equatable {
    /// What happened to one document.
    public enum Change: Sendable, Equatable {
        case added(revision: Int)
        case updated(from: Int, to: Int)
        case unchanged
    }

    public var articles: [(id: String, change: Change)] = []
    public var registers: [(kind: RegisterKind, change: Change)] = []

    public init() {}

    public var added: Int { articles.filter { if case .added = $0.change { true } else { false } }.count }
    public var updated: Int { articles.filter { if case .updated = $0.change { true } else { false } }.count }
    public var unchanged: Int { articles.filter { $0.change == .unchanged }.count }

    public static func == (a: ImportReport, b: ImportReport) -> Bool {
        a.articles.elementsEqual(b.articles) { $0.id == $1.id && $0.change == $1.change }
            && a.registers.elementsEqual(b.registers) { $0.kind == $1.kind && $0.change == $1.change }
    }
}
