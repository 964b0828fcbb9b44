/// The articles and registers of a knowledge folder, loaded and checked.
///
/// Exists as the value front ends read from (`kb get`, `kb list`, later the index): immutable,
/// `Sendable`, articles sorted by id.
public struct Knowledge: Sendable {
    public var registers: Registers
    public var articles: [Article]

    public init(registers: Registers, articles: [Article]) {
        self.registers = registers
        self.articles = articles.sorted { $0.id < $1.id }
    }

    public func article(_ id: String) -> Article? {
        var low = 0
        var high = articles.count
        while low < high {
            let mid = (low + high) / 2
            if articles[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < articles.count && articles[low].id == id ? articles[low] : nil
    }
}
