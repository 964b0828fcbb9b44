import Foundation

/// What `kb serve` prints on standard output once it listens: the desk page's address
/// ("Skrivbordssidan: http://127.0.0.1:PORT/") and then the query server's
/// ("Frågeservern (RESP): 127.0.0.1:PORT …").
///
/// Exists so that tests start `kb serve` on port 0, as servers in tests must, and learn the
/// ports it got the way an operator reads them, from one parser.
public struct ServeAnnouncement: Sendable {
    /// The query server's (RESP) port.
    public let respPort: Int
    /// The desk page's port; nil when the server printed none (`--http-port` off).
    public let deskPort: Int?
    /// Everything read up to the query server's line.
    public let text: String

    /// Reads `output` until the query server's line has arrived whole; nil when the process
    /// ended (its output closed) first or printed no port.
    public static func read(from output: FileHandle) -> ServeAnnouncement? {
        var text = ""
        while !(text.contains(respPrefix) && text.hasSuffix("\n")) {
            let data = output.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
        }
        var resp: Int?
        var desk: Int?
        for line in text.split(separator: "\n") {
            if line.hasPrefix(respPrefix) {
                resp = port(in: line.dropFirst(respPrefix.count).prefix { $0 != " " })
            } else if line.hasPrefix(deskPrefix) {
                desk = port(in: line.dropFirst(deskPrefix.count).prefix { $0 != " " })
            }
        }
        guard let resp else { return nil }
        return ServeAnnouncement(respPort: resp, deskPort: desk, text: text)
    }

    static let respPrefix = "Frågeservern (RESP): "
    static let deskPrefix = "Skrivbordssidan: "

    /// The port of `host:port` or `http://host:port/`.
    static func port(in address: Substring) -> Int? {
        let trimmed = address.hasSuffix("/") ? address.dropLast() : address
        guard let colon = trimmed.lastIndex(of: ":") else { return nil }
        return Int(trimmed[trimmed.index(after: colon)...])
    }
}
