import Foundation
import StanceLogCore
import StanceLogPostgres
import Testing

@Suite struct PostgresURLTests {
    @Test func aFullTCPURLGivesEveryPart() throws {
        let url = try PostgresURL(parsing: "postgres://analyst@db.example.org:5433/stances?sslmode=require")
        #expect(url.user == "analyst")
        #expect(url.host == .tcp("db.example.org"))
        #expect(url.port == 5433)
        #expect(url.database == "stances")
        #expect(url.sslMode == .require)
        #expect(url.schema == "stancelog")
    }

    @Test func aSocketFolderComesFromTheHostParameter() throws {
        let url = try PostgresURL(parsing: "postgres://postgres@/stancelog_test?host=/tmp/pg.abc123")
        #expect(url.host == .socket(directory: "/tmp/pg.abc123"))
        #expect(url.socketPath == "/tmp/pg.abc123/.s.PGSQL.5432")
        #expect(url.database == "stancelog_test")
        #expect(url.description == "postgres://postgres@/stancelog_test?host=/tmp/pg.abc123")
    }

    @Test func aPercentEncodedSocketFolderInTheHostPartIsASocket() throws {
        let url = try PostgresURL(parsing: "postgresql://me@%2Fvar%2Frun%2Fpostgresql:6000/db")
        #expect(url.host == .socket(directory: "/var/run/postgresql"))
        #expect(url.socketPath == "/var/run/postgresql/.s.PGSQL.6000")
    }

    @Test func missingPartsComeFromTheEnvironmentThenLibpqDefaults() throws {
        let fromEnvironment = try PostgresURL(
            parsing: "postgres://", environment: ["PGUSER": "ana", "PGHOST": "db", "PGPORT": "7000", "PGDATABASE": "log"])
        #expect(fromEnvironment == PostgresURL(user: "ana", host: .tcp("db"), port: 7000, database: "log"))
        let defaults = try PostgresURL(parsing: "postgresql:///")
        #expect(defaults == PostgresURL(user: "postgres", host: .socket(directory: "/var/run/postgresql"), database: "postgres"))
    }

    @Test func anIPv6HostKeepsItsColons() throws {
        let url = try PostgresURL(parsing: "postgres://me@[::1]:5432/db")
        #expect(url.host == .tcp("::1"))
        #expect(url.description == "postgres://me@[::1]:5432/db")
    }

    @Test func theSchemaParameterSelectsAnotherLogInTheSameDatabase() throws {
        #expect(try PostgresURL(parsing: "postgres://me@db/x?schema=team_b").schema == "team_b")
    }

    @Test(arguments: [
        ("postgres://me:secret@db/x", "contains a password"),
        ("postgres://me@db/x?password=secret", "contains a password"),
        ("postgres://me@db:99999/x", "the port '99999'"),
        ("postgres://me@db:abc/x", "the port 'abc'"),
        ("postgres://me@db/x?sslmode=sometimes", "sslmode 'sometimes'"),
        ("postgres://me@db/x?schema=Team-B", "the schema 'Team-B'"),
        ("postgres://me@db/x?fancy=1", "the parameter 'fancy'"),
        ("postgres://me@db/x?host", "has no value"),
        ("postgres://me@db/a%2", "malformed %-escape"),
        ("mysql://me@db/x", "does not start with postgres://"),
    ])
    func malformedURLsAreRefusedNamingThePart(url: String, reason: String) {
        let error = #expect(throws: StanceLogError.self) { try PostgresURL(parsing: url) }
        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("secret") == false)
    }

    @Test func onlyPostgresSchemesCountAsURLs() {
        #expect(PostgresURL.isPostgresURL("postgres://x"))
        #expect(PostgresURL.isPostgresURL("postgresql://x"))
        #expect(!PostgresURL.isPostgresURL("stancelog.sqlite"))
        #expect(!PostgresURL.isPostgresURL("/tmp/postgres://x"))
    }
}
