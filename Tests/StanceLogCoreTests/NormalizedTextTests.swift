import Foundation
import StanceLogCore
import Testing

@Suite struct NormalizedTextTests {
    @Test func lineEndsByteOrderMarkSoftHyphensAndOuterWhitespaceDoNotMakeADifferentArticle() throws {
        let plain = "Moskau lehnt ab.\nKiew fordert Garantien."
        let variants = [
            "\u{FEFF}Moskau lehnt ab.\r\nKiew fordert Garantien.\r\n",
            "\n\n  Moskau lehnt ab.\rKiew fordert Garantien.  \n",
            "Moskau lehnt ab.\nKiew fordert Ga\u{00AD}rantien.",
            "Moskau lehnt ab.\nKiew fordert Garantien.\t ",
        ]
        let expected = ArticleID(of: try #require(NormalizedText(plain)))
        for variant in variants {
            let text = try NormalizedText.decode(Array(variant.utf8), source: "variant")
            #expect(text.value == plain)
            #expect(ArticleID(of: text) == expected)
        }
    }

    @Test func composedAndDecomposedUmlautsAreTheSameText() throws {
        let composed = try #require(NormalizedText("Gebietsabtretungen für Kiew: Bündnis"))
        let decomposed = try #require(NormalizedText("Gebietsabtretungen fu\u{0308}r Kiew: Bu\u{0308}ndnis"))
        #expect(composed == decomposed)
    }

    @Test func innerTextKeepsItsCharacters() throws {
        let text = try #require(NormalizedText("a\u{00A0}b  c\n\nd"))
        #expect(text.value == "a\u{00A0}b  c\n\nd")
    }

    @Test(arguments: [
        ([UInt8](), "empty or contains only whitespace"),
        (Array(" \n\t\r\n ".utf8), "empty or contains only whitespace"),
        ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "NUL bytes"),
        ([0x4B, 0x69, 0x65, 0x77, 0xE4, 0x20], "not valid UTF-8"),
    ])
    func rejectsInputThatIsNoArticleAndNamesTheSource(bytes: [UInt8], expected: String) {
        #expect {
            try NormalizedText.decode(bytes, source: "input.txt")
        } throws: { error in
            let error = error as? StanceLogError
            return error?.code == .unreadableFile && error?.message.contains("input.txt") == true
                && error?.message.contains(expected) == true
        }
    }
}
