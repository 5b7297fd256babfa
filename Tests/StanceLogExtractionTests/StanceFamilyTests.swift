import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Word families and topic wording added in rules@1.5.0 (issue 11), one composed sentence each;
/// none is taken from the corpus or the validation set, and each fails when its entry is removed.
@Suite struct StanceFamilyTests {
    /// A family, a sentence that uses one of its words, and the statements it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        let family: String
        let sentence: String
        let expected: Set<String>
        var testDescription: String { family }
    }

    static let cases: [Case] = [
        Case(
            family: "without alternative is a demand", sentence: "Verbindliche Sicherheitsgarantien seien alternativlos, sagte Starmer.",
            expected: ["GB security_guarantees +"]),
        Case(family: "a no-go rejects", sentence: "Ein Nato-Beitritt der Ukraine sei ein No-Go, sagte Peskow.", expected: ["RU nato_membership -"]),
        Case(
            family: "music of the future is not now", sentence: "Ein Nato-Beitritt der Ukraine sei Zukunftsmusik, sagte Scholz.",
            expected: ["DE nato_membership -"]),
        Case(family: "hoping is openness", sentence: "Kiew hofft weiterhin auf einen baldigen Nato-Beitritt.", expected: ["UA nato_membership +"]),
        Case(
            family: "taking into consideration is openness", sentence: "Frankreich zieht die Entsendung von Soldaten in Erwägung.",
            expected: ["FR security_guarantees +"]),
        Case(family: "urging is a demand", sentence: "Selenskyj dringt auf verbindliche Sicherheitsgarantien.", expected: ["UA security_guarantees +"]),
        Case(family: "turning down an offer rejects", sentence: "Moskau schlug das Angebot von Sicherheitsgarantien aus.", expected: ["RU security_guarantees -"]),
        Case(
            family: "a peace mission is a guarantee", sentence: "Großbritannien will sich an einer Friedensmission in der Ukraine beteiligen.",
            expected: ["GB security_guarantees +"]),
        Case(family: "freezing the contact line cedes land", sentence: "Washington schlägt vor, die Kontaktlinie einzufrieren.", expected: ["US territory +"]),
        Case(
            family: "a government spokesman speaks for his government", sentence: "Gebietsabtretungen seien inakzeptabel, sagte Hebestreit.",
            expected: ["DE territory -"]),
        Case(family: "territorial expansion is no cession", sentence: "Moskau verzichtet nicht auf weitere Gebietserweiterungen.", expected: []),
        Case(
            family: "Russian sovereignty over a region cedes it",
            sentence: "Moskau besteht auf der Anerkennung der russischen Souveränität über die Krim.", expected: ["RU territory +"]),
        Case(family: "Natobeitritt without a hyphen is membership", sentence: "Kiew strebt weiter den Natobeitritt an.", expected: ["UA nato_membership +"]),
        Case(
            family: "pushing into a conflict demands nothing",
            sentence: "Peskow sagte, Selenskyj dränge die Nato-Truppen in einen Krieg mit Russland.", expected: []),
        Case(family: "a security architecture is no guarantee", sentence: "Moskau will über die europäische Sicherheitsarchitektur sprechen.", expected: []),
    ]

    @Test(arguments: cases) func aWordOfTheFamilyGivesItsStance(_ item: Case) throws {
        #expect(try Fixtures.signTuples(item.sentence) == item.expected)
    }
}
