/// What the server remembers about one connection.
struct Session {
    let id: Int
    let address: String
    var name: String?
    var authenticated = false
    var lastCommand = ""
}
