import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Nouns and adjectives inflected by rule from their lemma, and compound heads read from the end
/// of a word with a guard: the rules as such, then each on a composed sentence (none from the
/// corpus) that fails when the rule or its codebook entry is removed.
@Suite struct MorphologyRuleTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    // MARK: nouns

    @Test(arguments: [
        ("Forderung", "forderungen"), ("Absage", "absagen"), ("Bekenntnis", "bekenntnisse"),
        ("Anliegen", "anliegen"), ("Priorität", "prioritäten"), ("Kritik", "kritiken"),
    ])
    func aRegularEndingGivesThePlural(lemma: String, plural: String) {
        #expect(NounForms.regularPlural(of: lemma) == plural)
    }

    @Test func anIrregularNounHasNoPluralByRule() {
        #expect(NounForms.regularPlural(of: "Ziel") == nil)
        #expect(NounForms.forms(of: "Ziel", plural: nil).isEmpty)
    }

    @Test func aMasculineOrNeuterNounGetsItsGenitiveAndDativePlural() {
        #expect(NounForms.forms(of: "Ziel", plural: "Ziele") == ["ziel", "ziels", "zieles", "ziele", "zielen"])
        #expect(NounForms.forms(of: "Einwand", plural: "Einwände") == ["einwand", "einwands", "einwandes", "einwände", "einwänden"])
    }

    @Test func aFeminineNounHasNoGenitiveInS() {
        #expect(NounForms.forms(of: "Forderung", plural: nil) == ["forderung", "forderungen"])
        #expect(NounForms.forms(of: "Absage", plural: nil) == ["absage", "absagen"])
    }

    @Test func aNounInNisDoublesItsS() {
        #expect(NounForms.forms(of: "Bekenntnis", plural: nil) == ["bekenntnis", "bekenntnisses", "bekenntnisse", "bekenntnissen"])
    }

    @Test func anEmptyPluralMeansNone() {
        #expect(NounForms.forms(of: "Widerstand", plural: "") == ["widerstand", "widerstands", "widerstandes"])
    }

    // MARK: adjectives

    @Test func anAdjectiveIsDeclinedWithItsFiveEndings() {
        #expect(AdjectiveForms.forms(of: "unannehmbar") == ["unannehmbar", "unannehmbare", "unannehmbaren", "unannehmbarer", "unannehmbares", "unannehmbarem"])
    }

    @Test func anAdjectiveInElDropsItsE() {
        #expect(AdjectiveForms.forms(of: "inakzeptabel").contains("inakzeptable"))
        #expect(AdjectiveForms.forms(of: "inakzeptabel").contains("inakzeptablen"))
        #expect(!AdjectiveForms.forms(of: "inakzeptabel").contains("inakzeptabele"))
    }

    @Test func onlyTheLastWordOfAnAdjectivePhraseIsDeclined() {
        #expect(AdjectiveForms.forms(of: "nicht verhandelbar").contains("nicht verhandelbare"))
    }

    // MARK: the rules on sentences

    @Test func aDeclinedAdjectiveOfTheUnacceptableRejects() throws {
        #expect(
            try tuples("Für den Kreml ist eine Stationierung westlicher Truppen eine inakzeptable Provokation, sagte Peskow.")
                == ["RU security_guarantees -"])
    }

    @Test func aCompoundHeadOfAPriorityNounIsMatchedFromTheEnd() throws {
        #expect(try tuples("Sicherheitsgarantien bleiben die Top-Priorität Kiews.") == ["UA security_guarantees +"])
    }

    @Test func theGuardKeepsACompoundOutAndItsLongerForms() {
        let text = ScalarText("Rahmenbedingungen Friedensbedingungen")
        let tokens = Tokenizer().tokens(in: text, range: 0..<text.scalars.count)
        let phrase = try? #require(CuePhrase("*bedingungen", except: ["Rahmenbedingung"]))
        #expect(phrase?.match(tokens, at: 0) == nil)
        #expect(phrase?.match(tokens, at: 1) == 2)
        #expect(CuePhrase("*bedingungen")?.match(tokens, at: 0) == 1)
    }
}
