import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// perf6: the shared head lookup only skips words; every index finds what its own tries find.
@Suite struct HeadLexiconTests {
    private static let sentences = [
        "Selenskyj lehnt einen Nato-Beitritt der Ukraine nicht ab, sagte der Sprecher des Kreml.",
        "Russland fordert US-Sicherheitsgarantien und den Verzicht auf Gebiete im Donbass.",
        "„Das ist inakzeptabel“, erklärte Außenminister Lawrow am Freitag in Moskau.",
        "Beide Seiten wollen die Gespräche über eine Waffenruhe fortsetzen, hieß es aus Delegationskreisen.",
    ]

    private static func tokens(_ sentence: String, lexicon: HeadLexicon?) -> [Token] {
        let text = ScalarText(sentence)
        return Tokenizer(lexicon: lexicon).tokens(in: text, range: 0..<text.scalars.count)
    }

    private static func found<Payload>(_ index: PhraseIndex<Payload>, in tokens: [Token]) -> [String] {
        tokens.indices.map { at in
            index.matches(in: tokens, at: at).map { "\($0.end) \($0.payload)" }.joined(separator: "; ")
        }
    }

    @Test(arguments: sentences)
    func everyIndexFindsWhatItsOwnTriesFind(sentence: String) throws {
        let codebook = CompiledCodebook(try Codebook.bundled())
        let looked = Self.tokens(sentence, lexicon: codebook.lexicon)
        let walked = Self.tokens(sentence, lexicon: nil)
        #expect(walked.filter(\.isWord).allSatisfy { $0.heads == .all })
        #expect(Self.found(codebook.parties, in: looked) == Self.found(codebook.parties, in: walked))
        #expect(Self.found(codebook.topics, in: looked) == Self.found(codebook.topics, in: walked))
        #expect(Self.found(codebook.stances, in: looked) == Self.found(codebook.stances, in: walked))
        for index in [
            codebook.excluded, codebook.roles, codebook.nonParties, codebook.negators, codebook.speech,
            codebook.sourceAfter, codebook.sourceBefore, codebook.reported, codebook.subjunctive, codebook.inferred,
            codebook.obligation, codebook.collectiveSubjects, codebook.talks,
        ] + codebook.stanceRequirements.compactMap({ $0 }) + codebook.topicRequirements.joined().compactMap({ $0 }) {
            #expect(Self.found(index, in: looked) == Self.found(index, in: walked))
        }
    }

    @Test func anInfixIsFoundOnceWhereverItOccurs() {
        var index = PhraseIndex<Int>([("*nato*", 1), ("*to*", 2), ("nato*", 3)])
        var lexicon = HeadLexicon()
        index = lexicon.registered(index)
        let tokens = Self.tokens("Natogegner und Natotoleranz", lexicon: lexicon)
        #expect(index.matches(in: tokens, at: 0).map(\.payload) == [3, 1, 2])
        #expect(index.matches(in: tokens, at: 2).map(\.payload) == [3, 1, 2])
        #expect(index.matches(in: tokens, at: 1).isEmpty)
        #expect(tokens[1].heads == .none)
    }
}
