import GRDB
import GRDBSQLite
import StanceLogCore

extension EventRow {
    /// Inserts `event` with `statement` (prepared from ``insertSQL``), bound and stepped with SQLite's C API.
    ///
    /// `append` spends most of its time per event, not per batch (BENCHMARKS.md). Building a
    /// `StatementArguments` boxes the 19 values into existentials and turns the payload bytes
    /// into a `String` first (a copy and a UTF-8 check of ~740 B); binding with
    /// `sqlite3_bind_*` copies each value once, into SQLite. The stored values are the same:
    /// text columns get the same UTF-8 bytes (the payload is canonical JSON, valid UTF-8 by
    /// construction), integers the same integers. GRDB's `execute()` refuses a statement whose
    /// arguments it did not set, so the statement is stepped here; a failure is thrown as the
    /// `DatabaseError` GRDB would throw (same extended result code and message), so the
    /// store's error mapping (busy, constraint, trigger refusals) is unchanged.
    ///
    /// - Throws: `DatabaseError` when SQLite refuses the row.
    static func insert(_ event: RecordedEvent, with statement: Statement, in db: Database) throws {
        bind(event, to: statement)
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        guard code != SQLITE_DONE else {
            sqlite3_reset(handle)
            return
        }
        let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
        sqlite3_reset(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: insertSQL)
    }

    private static func bind(_ event: RecordedEvent, to statement: Statement) {
        let handle = statement.sqliteStatement
        let index = event.index
        var column: Int32 = 0
        func integer(_ value: Int64?) {
            column += 1
            if let value { sqlite3_bind_int64(handle, column, value) } else { sqlite3_bind_null(handle, column) }
        }
        func text(_ value: String?) {
            column += 1
            guard var value else {
                sqlite3_bind_null(handle, column)
                return
            }
            value.withUTF8 { bytes in bindText(bytes, at: column, to: handle) }
        }
        integer(event.sequence)
        text(event.stream.rawValue)
        integer(Int64(event.streamVersion))
        text(event.type.rawValue)
        integer(Int64(event.schemaVersion))
        column += 1
        event.payload.withUnsafeBufferPointer { bytes in bindText(bytes, at: column, to: handle) }
        integer(event.recordedAt.milliseconds)
        text(event.previousHash)
        text(event.hash)
        text(index.articleID.rawValue)
        text(index.statementID?.rawValue)
        text(index.party?.rawValue)
        text(index.topic?.rawValue)
        integer(index.stance.map { Int64($0.value) })
        text(index.attribution?.rawValue)
        text(index.validDate?.description)
        integer(index.validStart.map(Int64.init))
        integer(index.validEnd.map(Int64.init))
        text(index.extraction)
    }

    /// SQLite copies the bytes before the call returns (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at column: Int32, to handle: OpaquePointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            sqlite3_bind_text(handle, column, "", 0, transient)
            return
        }
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
            _ = sqlite3_bind_text(handle, column, pointer, Int32(bytes.count), transient)
        }
    }
}
