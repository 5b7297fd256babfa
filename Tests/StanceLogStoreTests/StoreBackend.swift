import Foundation
import StanceLogCore
import StanceLogSQLite
import StanceLogTesting
import Testing

/// A way to make a fresh, empty store; the conformance suite runs once per backend.
///
/// A new backend (PostgreSQL) joins by adding a case here.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case inMemory
    case sqliteInMemory
    case sqliteFile

    func make(clock: SteppingClock = SteppingClock()) throws -> any EventStore {
        switch self {
        case .inMemory:
            return InMemoryEventStore(clock: { clock.now() })
        case .sqliteInMemory:
            return try SQLiteEventStore.inMemory(clock: { clock.now() })
        case .sqliteFile:
            let folder = try Fixtures.temporaryDirectory()
            return try SQLiteEventStore(path: folder.appendingPathComponent("log.sqlite").path, clock: { clock.now() })
        }
    }

    var testDescription: String { rawValue }
}

