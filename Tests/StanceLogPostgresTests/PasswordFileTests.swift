import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogTesting
import Testing

@Suite struct PasswordFileTests {
    private let tcp = PostgresURL(user: "analyst", host: .tcp("db.example.org"), port: 5432, database: "stances")

    @Test func theFirstMatchingLineWinsAndStarsMatchAnything() {
        let file = PasswordFile(contents: """
            # team server
            other.example.org:5432:stances:analyst:wrong
            db.example.org:*:stances:analyst:first
            *:*:*:*:fallback
            """)
        #expect(file.password(for: tcp) == "first")
        #expect(file.password(for: PostgresURL(user: "x", host: .tcp("h"), database: "d")) == "fallback")
    }

    @Test func escapedColonsAndBackslashesBelongToTheField() {
        let file = PasswordFile(contents: #"db.example.org:5432:stances:analyst:pa\:ss\\word"#)
        #expect(file.password(for: tcp) == #"pa:ss\word"#)
    }

    @Test func aSocketMatchesLocalhostInTheDefaultFolderAndItsPathElsewhere() {
        let file = PasswordFile(contents: "localhost:5432:*:*:default\n/tmp/pg.x:5432:*:*:own")
        let defaultSocket = PostgresURL(user: "u", host: .socket(directory: "/var/run/postgresql"), database: "d")
        let ownSocket = PostgresURL(user: "u", host: .socket(directory: "/tmp/pg.x"), database: "d")
        #expect(file.password(for: defaultSocket) == "default")
        #expect(file.password(for: ownSocket) == "own")
    }

    @Test func pgpasswordComesBeforeTheFile() throws {
        let folder = try Fixtures.temporaryDirectory()
        let path = folder.appendingPathComponent(".pgpass").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("*:*:*:*:fromfile".utf8), attributes: [.posixPermissions: 0o600])
        #expect(try PasswordFile.password(for: tcp, environment: ["HOME": folder.path]) == "fromfile")
        #expect(try PasswordFile.password(for: tcp, environment: ["HOME": folder.path, "PGPASSWORD": "env"]) == "env")
        #expect(try PasswordFile.password(for: tcp, environment: ["PGPASSFILE": path]) == "fromfile")
        #expect(try PasswordFile.password(for: tcp, environment: [:]) == nil)
    }

    @Test func aFileOthersCanReadIsRefused() throws {
        let folder = try Fixtures.temporaryDirectory()
        let path = folder.appendingPathComponent(".pgpass").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("*:*:*:*:x".utf8), attributes: [.posixPermissions: 0o644])
        let error = #expect(throws: StanceLogError.self) {
            try PasswordFile.password(for: tcp, environment: ["HOME": folder.path])
        }
        #expect(error?.hint?.contains("chmod 600") == true)
    }
}
