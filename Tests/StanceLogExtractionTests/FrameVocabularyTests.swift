import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// The vocabulary written per frame from general German (issue 11): one composed sentence per
/// frame (none from the corpus or the validation set), each failing when its codebook entry is
/// removed.
@Suite struct FrameVocabularyTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func reject() throws {
        #expect(try tuples("Moskau erteilte einem Nato-Beitritt der Ukraine eine klare Abfuhr.") == ["RU nato_membership -"])
        #expect(try tuples("Gebietsabtretungen sind für die Ukraine unverhandelbar, sagte Selenskyj.") == ["UA territory -"])
    }

    @Test func consider() throws {
        #expect(try tuples("Großbritannien prüft die Entsendung von Soldaten in die Ukraine.") == ["GB security_guarantees +"])
        #expect(try tuples("Eine europäische Friedenstruppe ist für Merz vorstellbar.") == ["DE security_guarantees +"])
    }

    @Test func believe() throws {
        #expect(try tuples("Selenskyj zeigte sich zuversichtlich, dass die Ukraine der Nato beitreten wird.") == ["UA nato_membership +"])
    }

    @Test func accept() throws {
        #expect(try tuples("Kiew werde sich niemals mit Gebietsabtretungen abfinden, sagte Selenskyj.") == ["UA territory -"])
    }

    @Test func support() throws {
        #expect(try tuples("Macron gilt als Verfechter einer europäischen Schutztruppe.") == ["FR security_guarantees +"])
        #expect(try tuples("Starmer tritt für verbindliche Sicherheitsgarantien ein.") == ["GB security_guarantees +"])
    }

    @Test func prefer() throws {
        #expect(try tuples("Moskau präferiert eine neutrale Ukraine.") == ["RU nato_membership -"])
    }

    @Test func propose() throws {
        #expect(try tuples("Washington empfiehlt eine europäische Friedenstruppe.") == ["US security_guarantees +"])
    }

    @Test func demand() throws {
        #expect(try tuples("Kiew insistiert auf verbindlichen Sicherheitsgarantien.") == ["UA security_guarantees +"])
        #expect(try tuples("Sicherheitsgarantien sind für Kiew ein Muss, sagte Selenskyj.") == ["UA security_guarantees +"])
    }

    @Test func promise() throws {
        #expect(try tuples("Großbritannien gelobte verlässliche Sicherheitsgarantien.") == ["GB security_guarantees +"])
    }

    @Test func strive() throws {
        #expect(try tuples("Die Ukraine beabsichtigt weiterhin einen Nato-Beitritt.") == ["UA nato_membership +"])
        #expect(try tuples("Kiew ist fest entschlossen, der Nato beizutreten.") == ["UA nato_membership +"])
    }

    @Test func provide() throws {
        #expect(try tuples("Frankreich steuert Soldaten zu einer Friedenstruppe bei.") == ["FR security_guarantees +"])
    }

    @Test func concede() throws {
        #expect(try tuples("Die Ukraine werde den Donbass nicht hergeben, sagte Selenskyj.") == ["UA territory -"])
    }
}
