/// The fields documents have, with their weights in ranking.
///
/// Exists so the engine can rank a match in a title above one in a body without knowing what a
/// title is: the knowledge layer names the fields and weighs them; the engine only sees indexes.
public struct FieldSchema: Sendable {
    public struct Field: Sendable {
        public var name: String
        /// BM25F weight: how much one occurrence here counts.
        public var weight: Float
        /// BM25F length normalisation for this field (0: none, 1: full).
        public var lengthNormalization: Float
        /// Whether a match here counts as "words close together" (short fields: title, questions).
        public var isShort: Bool

        public init(name: String, weight: Float, lengthNormalization: Float = 0.75, isShort: Bool = false) {
            self.name = name
            self.weight = weight
            self.lengthNormalization = lengthNormalization
            self.isShort = isShort
        }
    }

    public let fields: [Field]

    /// At most 7 fields: while building, a posting records its fields as a byte whose high bit is a flag.
    public init(_ fields: [Field]) {
        precondition(!fields.isEmpty && fields.count <= 7, "a schema has 1 to 7 fields")
        self.fields = fields
    }

    public var count: Int { fields.count }

    /// The bits of the short fields.
    var shortMask: UInt8 {
        var mask: UInt8 = 0
        for (index, field) in fields.enumerated() where field.isShort { mask |= 1 << UInt8(index) }
        return mask
    }
}
