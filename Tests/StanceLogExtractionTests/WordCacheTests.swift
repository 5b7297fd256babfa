import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// perf7: a word read from the cache is the word looked up anew.
@Suite struct WordCacheTests {
    private static let sentence =
        "Der Friedensplan der USA: Die Ukraine lehnt den Plan ab, die Ukraine lehnt den NATO-Beitritt nicht ab. Straße STRASSE Ärger"

    private static func tokens(_ sentence: String, lexicon: HeadLexicon?) -> [Token] {
        let text = ScalarText(sentence)
        return Tokenizer(lexicon: lexicon).tokens(in: text, range: 0..<text.scalars.count)
    }

    @Test func aCachedWordIsTheWordLookedUpAnew() throws {
        let codebook = CompiledCodebook(try Codebook.bundled())
        let first = Self.tokens(Self.sentence, lexicon: codebook.lexicon)
        let again = Self.tokens(Self.sentence, lexicon: codebook.lexicon)
        #expect(first == again)
        let scalars = Array(Self.sentence.unicodeScalars)
        for token in first where token.isWord {
            var written = String.UnicodeScalarView()
            written.append(contentsOf: scalars[token.range])
            #expect(token.lower == String(written).lowercased())
            let lower = Array(token.lower.utf8)
            #expect(token.heads == codebook.lexicon.heads(of: lower))
            #expect(token.isDocument == DocumentOwner.isDocument(token.lower))
        }
        let walked = Self.tokens(Self.sentence, lexicon: nil)
        #expect(walked.map(\.lower) == first.map(\.lower))
        #expect(walked.map(\.flags) == first.map(\.flags))
    }

    @Test func threadsSharingTheCacheReadTheWordsOneThreadReads() async throws {
        let codebook = CompiledCodebook(try Codebook.bundled())
        let alone = Self.tokens(Self.sentence, lexicon: codebook.lexicon)
        let lexicon = codebook.lexicon
        let together = await withTaskGroup(of: [[Token]].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<50).map { _ in Self.tokens(Self.sentence, lexicon: lexicon) } }
            }
            var all: [[Token]] = []
            for await runs in group { all += runs }
            return all
        }
        #expect(together.count == 400)
        #expect(together.allSatisfy { $0 == alone })
    }

    @Test func theTableKeepsNoMoreWordsThanItsCapacity() {
        var table = WordTable(capacity: 3)
        let entry = WordTable.Entry(lower: "x", heads: .none, flags: [])
        for word in ["a", "b", "c", "d", "a"] {
            Array(word.utf8).withUnsafeBufferPointer { table.insert($0, entry) }
        }
        #expect(table.count == 3)
        #expect(Array("d".utf8).withUnsafeBufferPointer { table.entry($0) } == nil)
        #expect(Array("c".utf8).withUnsafeBufferPointer { table.entry($0) }?.lower == "x")
    }

    @Test func theTableFindsEveryWordItKeptAfterGrowing() {
        var table = WordTable(capacity: 5_000)
        for number in 0..<3_000 {
            Array("w\(number)".utf8).withUnsafeBufferPointer {
                table.insert($0, WordTable.Entry(lower: "\(number)", heads: .none, flags: []))
            }
        }
        #expect(table.count == 3_000)
        for number in [0, 1, 511, 1_024, 2_999] {
            #expect(Array("w\(number)".utf8).withUnsafeBufferPointer { table.entry($0) }?.lower == "\(number)")
        }
        #expect(Array("w3000".utf8).withUnsafeBufferPointer { table.entry($0) } == nil)
    }
}
