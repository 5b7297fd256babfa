import Crypto
package import GRDB
import StanceLogCore

/// SHA-256 over a projection's rows in a canonical, unambiguous encoding.
///
/// Each table contributes its name, then each row as tagged values: `n` for
/// NULL, `i<value>;` for integers, `s<byte count>:<bytes>` for text. Row ids are
/// never fed, so two databases with the same content give the same digest
/// however their rows were written.
package struct ContentDigest {
    private var hasher = SHA256()

    package init() {}

    /// Feeds every row of `sql` (which must order its rows canonically) under the label `table`.
    package mutating func add(table: String, rows sql: String, in db: Database) throws {
        addText(table)
        let cursor = try Row.fetchCursor(db, sql: sql)
        while let row = try cursor.next() {
            hasher.update(data: Array("r".utf8))
            for value in row.databaseValues {
                switch value.storage {
                case .null: hasher.update(data: Array("n".utf8))
                case .int64(let number): hasher.update(data: Array("i\(number);".utf8))
                case .double(let number): hasher.update(data: Array("d\(number);".utf8))
                case .string(let text): addText(text)
                case .blob(let data): hasher.update(data: Array("b\(data.count):".utf8) + Array(data))
                }
            }
        }
    }

    private mutating func addText(_ text: String) {
        let bytes = Array(text.utf8)
        hasher.update(data: Array("s\(bytes.count):".utf8) + bytes)
    }

    /// The digest as 64 lowercase hex digits.
    package func finalize() -> String {
        SHA256Digest.hex(hasher.finalize())
    }
}
