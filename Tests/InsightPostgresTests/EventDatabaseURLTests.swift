import InsightPostgres
import Testing

/// `--events` addresses: TCP and unix sockets, and no password shown.
@Suite struct EventDatabaseURLTests {
    @Test func aTCPAddress() throws {
        let url = try EventDatabaseURL("postgres://kb:hemligt@db.example:6543/insikt")
        #expect(url.user == "kb" && url.password == "hemligt")
        #expect(url.host == "db.example" && url.port == 6543 && url.database == "insikt")
        #expect(url.description == "postgres://kb@db.example:6543/insikt")
    }

    @Test func aUnixSocket() throws {
        let url = try EventDatabaseURL("postgres:///insikt?host=/run/postgresql&user=kb")
        #expect(url.socketDirectory == "/run/postgresql" && url.host == nil)
        #expect(url.user == "kb" && url.port == 5432 && url.database == "insikt")
    }

    @Test func badAddressesSayWhatIsWrongWithoutThePassword() {
        for (text, reason) in [
            ("mysql://kb@db/insikt", "scheme"), ("postgres://kb:hemligt@db.example", "no database"),
            ("postgres:///insikt", "no host"), ("postgres://kb@db:0/insikt", "port"),
        ] {
            #expect {
                try EventDatabaseURL(text)
            } throws: { error in
                "\(error)".contains(reason) && !"\(error)".contains("hemligt")
            }
        }
    }
}
