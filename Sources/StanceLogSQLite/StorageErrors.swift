import GRDB
import StanceLogCore

/// Turns GRDB's errors into ``StanceLogError`` so that callers above the storage layer see one error type.
///
/// - Parameters:
///   - failure: what was being done, e.g. "the database refused the operation"; SQLite's message follows it.
///   - hint: what the user can do about it.
public func withStorageErrors<T>(
    _ failure: String, hint: String, _ body: () async throws -> T
) async throws -> T {
    do {
        return try await body()
    } catch let error as StanceLogError {
        throw error
    } catch let error as DatabaseError {
        throw StanceLogError(.storage, "\(failure): \(error.message ?? error.description)", hint: hint)
    }
}
