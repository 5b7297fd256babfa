import Foundation
import Testing

@testable import StanceLogExtraction

/// The byte-level helpers of the reading stage answer as the Unicode-aware `String` functions they replace.
@Suite struct TextPrimitiveTests {
    static let texts = [
        "", "Selenskyj", "ÄRGER ÜBER ÖL", "Straße", "STRASSE", "Maß × Zahl", "„Nein“ – sagte er", "À Þ ß ÿ Ø ø",
        "Москва ОТВЕРГАЕТ", "İstanbul", "ΣΟΦΙΑ", "2 K (Kelvin: \u{212A})", "Ω \u{2126}", "ǅ", "Nato 👍 JA",
        "Stand: 12.03.2025", "\u{00A0}©\u{00B5} Foto:", "…", "e\u{0301} É", "ŁÓDŹ", "ﬁ ﬂ",
    ]

    @Test(arguments: texts)
    func lowerCaseIsStringLowercased(text: String) {
        #expect(LowerCase.string(text) == text.lowercased())
        #expect(LowerCase.bytes(Array(text.utf8)) == Array(text.lowercased().utf8))
    }

    @Test func aPhraseSetFindsEachPhraseAnywhereAndNothingElse() {
        let phrases = ["cookie", "foto:", "©", "quelle: dpa", "ä", "ab"]
        let set = PhraseSet(phrases)
        for phrase in phrases {
            for line in [phrase, "x \(phrase)", "\(phrase) y", "aa\(phrase)bb"] {
                #expect(set.occurs(in: Array(line.utf8)), "\(phrase) in \(line)")
            }
        }
        for line in ["", "a", "cooki", "quelle: afp", "foto", "b a", "ba"] {
            #expect(!set.occurs(in: Array(line.utf8)), "\(line)")
        }
        #expect(!PhraseSet([]).occurs(in: Array("anything".utf8)))
        #expect(!PhraseSet([""]).occurs(in: Array("".utf8)))
    }

    @Test func letterAndCapitalClassesAreUnicodesPropertiesForEveryScalarUpToTheGreekBlock() {
        for value in UInt32(0)...0x3FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letter = scalar.isASCII ? ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) : scalar.properties.isAlphabetic
            let upper = scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
            #expect(ScalarClass.isLetter(scalar) == letter, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isUpper(scalar) == upper, "U+\(String(value, radix: 16))")
        }
    }

    /// perf7: lower case and white space decided by value in Latin-1, as Unicode's properties decide them.
    @Test func lowerAndWhiteSpaceClassesAreUnicodesPropertiesForEveryScalarUpToTheGreekBlock() {
        for value in UInt32(0)...0x3FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lower = scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
            #expect(ScalarClass.isLower(scalar) == lower, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
        for scalar in ["\u{1680}", "\u{2000}", "\u{2028}", "\u{202F}", "\u{3000}", "\u{200B}", "ä"] as [Unicode.Scalar] {
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace)
        }
    }
}
