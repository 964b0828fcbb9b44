import FileSupport
import Foundation
import KnowledgeBase
import XMLSupport

/// Writes a knowledge folder (or one owner's part of it) as one canonical XML bundle.
///
/// Exists so guidance can leave the service in the format it arrived in: a bundle holds the
/// registers and the articles, and `kb import` takes it back unchanged. The bundle streams
/// article by article into a temporary file that is fsync'd and renamed into place only when the
/// whole folder proved valid, so an export never needs the folder's size in memory and never
/// leaves half a file behind.
public struct Exporter {
    public let folder: KnowledgeFolder

    public init(folder: KnowledgeFolder) {
        self.folder = folder
    }

    /// The bundle's file name: `vagvisare-<owner or alla>-<date>.xml`.
    public static func fileName(owner: String?, date: String) -> String {
        "vagvisare-\(owner ?? "alla")-\(date).xml"
    }

    /// Exports into `directory` and returns the bundle's path and how many articles it holds.
    public func export(owner: String?, to directory: String, date: String = Exporter.today())
        throws(StorageError) -> (path: String, articles: Int)
    {
        try onFiles(DurableFiles.makeDirectory(directory))
        let path = directory + "/" + Exporter.fileName(owner: owner, date: date)
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        defer { DurableFiles.remove(temporary) }
        let writer = try onXML(XMLWriter(path: temporary))
        writer.start("bundle", namespace: KnowledgeNamespace.bundle)
        writer.attribute("created", date)
        if let owner { writer.attribute("owner", owner) }
        // The registers are small: read them first, as the bundle puts them before the articles.
        // The scan below validates them along with everything else.
        let registers = try currentRegisters()
        for kind in RegisterKind.allCases { RegistersXML.write(kind, of: registers, to: writer) }
        var count = 0
        let (_, diagnostics) = try onKnowledge(
            FolderScan(folder: folder).run { article in
                guard owner == nil || article.owner == owner else { return }
                ArticleXML.write(article, to: writer)
                count += 1
            })
        guard diagnostics.isEmpty else { throw StorageError.refused(diagnostics) }
        if let owner, registers.owner(owner) == nil {
            throw StorageError.refused([
                XMLDiagnostic(
                    file: folder.display(folder.registerPath(.owners)), line: 0, column: 0,
                    message: "no owner '\(owner)' in the owners register")
            ])
        }
        writer.end()
        try onXML(writer.finish())
        try onFiles(DurableFiles.syncFile(temporary))
        try onFiles(DurableFiles.rename(temporary, to: path))
        try onFiles(DurableFiles.syncDirectory(directory))
        return (path, count)
    }

    private func currentRegisters() throws(StorageError) -> Registers {
        try onKnowledge(FolderScan.readRegisters(folder))
    }

    /// Today's date in the local time zone, `YYYY-MM-DD`.
    public static func today() -> String {
        ExportDate.today()
    }
}
