import KnowledgeBase
import KnowledgeStorage

/// What the server remembers about one connection.
struct Session {
    let id: Int
    let address: String
    /// The client's IP address, for limiting failed `AUTH` attempts.
    let host: String
    /// The server's port this connection reached (the bound one, also when started on port 0).
    var serverPort: Int? = nil
    var name: String?
    /// What the connection's `AUTH` allows; nil until then.
    var scope: PublishScope?
    var authenticated: Bool { scope != nil }
    var lastCommand = ""
}
