/// The XML namespaces of the format, one per document family.
///
/// Exists so the names are written once; changing one is a new version of the contract.
public enum KnowledgeNamespace {
    public static let article = "urn:vagvisare:article:1"
    public static let registers = "urn:vagvisare:registers:1"
    public static let bundle = "urn:vagvisare:bundle:1"
}
