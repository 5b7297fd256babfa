import GRDB
import StanceLogCore

/// Turns GRDB's errors into ``StanceLogError`` so that callers above the storage layer see one error type.
///
/// `body` runs again, after a pause, while SQLite refuses it because another
/// process holds the database (``BusyRetry/standard``), so it must be safe to repeat.
///
/// - Parameters:
///   - failure: what was being done, e.g. "the database refused the operation"; SQLite's message follows it.
///   - hint: what the user can do about it.
///   - database: the file, named in the busy error; nil when unknown.
func withStorageErrors<T>(
    _ failure: String, hint: String, database: String? = nil, _ body: () async throws -> T
) async throws -> T {
    do {
        return try await BusyRetry.standard.run(on: database, body)
    } catch let error as StanceLogError {
        throw error
    } catch let error as DatabaseError {
        throw StanceLogError(.storage, "\(failure): \(error.message ?? error.description)", hint: hint)
    }
}
