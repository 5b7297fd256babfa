import ArgumentParser
import StanceLogCore
import StanceLogPostgres

extension StanceLog {
    struct Database: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db", abstract: "Set up a log's database.", subcommands: [Initialize.self])
    }
}

extension StanceLog.Database {
    struct Initialize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create or migrate a log: a team log on PostgreSQL (--db postgres://…) or an SQLite file.",
            discussion: """
                Run it once as the role that is to own the log's schema. It prints the GRANT statements \
                that give an analysts' role the app rights: read the log and append to it, nothing else.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "The role the printed GRANT statements name.")
        var appRole = "stancelog_app"

        func validate() throws {
            guard appRole.utf8.allSatisfy({ $0 == 95 || (97...122).contains($0) || (48...57).contains($0) }),
                !appRole.isEmpty
            else {
                throw ValidationError("--app-role must be a plain role name: lower-case letters, digits and '_'")
            }
        }

        func run() async throws {
            guard let url = try store.serverURL() else {
                let log = try await store.open(create: true)
                print("ok: log at \(store.path) ready, \(try await log.lastPosition()) events")
                return
            }
            let server = try await PostgresEventStore.open(url, migrate: true)
            let events = try await server.lastPosition()
            await server.close()
            print("ok: log at \(url) ready (schema \(url.schema)), \(events) events")
            print("grant an analysts' role read and append rights, as a superuser or the owner:")
            print("  CREATE ROLE \(appRole) LOGIN PASSWORD '…';")
            for grant in PostgresRoles.grants(to: appRole, schema: url.schema) { print("  \(grant);") }
        }
    }
}
