import Foundation
import PostgresNIO

/// Where the shared event store is: `postgres://user[:password]@host[:port]/database`, or
/// `postgres:///database?host=/socket/folder[&user=NAME][&port=N]` for a unix socket.
///
/// Exists so the command line names the database the way PostgreSQL's own tools do, and so the
/// address shown in INFO and in messages never carries the password.
public struct EventDatabaseURL: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    /// Host name or address for TCP; nil with a unix socket.
    public var host: String?
    public var port: Int
    /// The folder holding the server's socket (`.s.PGSQL.<port>`), when not over TCP.
    public var socketDirectory: String?
    public var database: String

    public init(_ text: String) throws(EventStoreError) {
        func refuse(_ reason: String) -> EventStoreError {
            // The address as given may hold a password: it is never repeated.
            .invalidAddress(reason: reason)
        }
        guard let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased()
        else { throw refuse("not an address of the form postgres://user@host:port/database") }
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw refuse("the scheme must be postgres:// (got \(scheme)://)")
        }
        var parameters: [String: String] = [:]
        for item in components.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw refuse("no database name after the host (postgres://host/DATABASE)")
        }
        self.database = database
        user = components.user ?? parameters["user"] ?? Self.currentUser()
        password = components.password ?? parameters["password"]
        port = components.port ?? parameters["port"].flatMap { Int($0) } ?? 5432
        guard (1...65535).contains(port) else { throw refuse("port \(port) is out of range") }
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? parameters["host"]
        if let host, host.hasPrefix("/") {
            socketDirectory = host
            self.host = nil
        } else if let host {
            self.host = host
            socketDirectory = nil
        } else {
            throw refuse("no host: give postgres://HOST/db or postgres:///db?host=/socket/folder")
        }
    }

    /// The address without the password.
    public var description: String {
        if let socketDirectory {
            return "postgres://\(user)@/\(database)?host=\(socketDirectory)&port=\(port)"
        }
        let shownHost = host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? ""
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    /// The connection settings for postgres-nio (no TLS: loopback and unix sockets).
    var configuration: PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketDirectory {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: socketDirectory + "/.s.PGSQL.\(port)", username: user, password: password,
                database: database)
        } else {
            configuration = PostgresConnection.Configuration(
                host: host ?? "localhost", port: port, username: user, password: password, database: database,
                tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(3)
        return configuration
    }

    private static func currentUser() -> String {
        ProcessInfo.processInfo.environment["PGUSER"] ?? ProcessInfo.processInfo.userName
    }
}
