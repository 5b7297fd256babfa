import Foundation
import StanceLogCore
import StanceLogPostgres
import StanceLogSQLite
import StanceLogTesting
import Testing

/// A way to make a fresh, empty store; the conformance suite runs once per backend.
///
/// `postgres` runs on the server of `Scripts/with-postgres`, a schema of its own
/// per test; it is left out when no server is given, unless one is required
/// (``TestPostgres``), where making it fails the test.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case inMemory
    case sqliteInMemory
    case sqliteFile
    case postgres

    static var allCases: [StoreBackend] {
        [.inMemory, .sqliteInMemory, .sqliteFile] + (TestPostgres.isEnabled ? [.postgres] : [])
    }

    /// A new, empty store; the PostgreSQL store takes record time from the server's clock, not `clock`.
    func make(clock: SteppingClock = SteppingClock()) async throws -> any EventStore {
        switch self {
        case .inMemory:
            return InMemoryEventStore(clock: { clock.now() })
        case .sqliteInMemory:
            return try SQLiteEventStore.inMemory(clock: { clock.now() })
        case .sqliteFile:
            let folder = try Fixtures.temporaryDirectory()
            return try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path, clock: { clock.now() })
        case .postgres:
            return try await PostgresEventStore.open(PostgresURL(parsing: TestPostgres.freshLogURL()))
        }
    }

    var testDescription: String { rawValue }
}

