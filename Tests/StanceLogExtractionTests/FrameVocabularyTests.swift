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
        #expect(try tuples("Die Ukraine verurteilte jede Anerkennung der Annexion der Krim.") == ["UA territory -"])
        #expect(try tuples("Ein Nato-Beitritt Kiews sei mit der Sicherheit Russlands unvereinbar, sagte Peskow.") == ["RU nato_membership -"])
        #expect(try tuples("Von Sicherheitsgarantien für die Ukraine wollte Vance nichts wissen.") == ["US security_guarantees -"])
        #expect(try tuples("Washington stellt sich bei einem Nato-Beitritt der Ukraine quer.") == ["US nato_membership -"])
        #expect(try tuples("Der Kreml sträubt sich gegen westliche Sicherheitsgarantien für die Ukraine.") == ["RU security_guarantees -"])
        #expect(try tuples("Merz hält nichts von Gebietsabtretungen der Ukraine.") == ["DE territory -"])
        #expect(try tuples("Moskau reagierte scharf: Jede Stationierung westlicher Truppen sei eine Provokation.") == ["RU security_guarantees -"])
        #expect(try tuples("Die Bundesregierung sieht derzeit keine Grundlage für eine Einladung der Ukraine in die Nato.") == ["DE nato_membership -"])
        #expect(try tuples("Kiew sieht keinen Spielraum für Gebietsabtretungen.") == ["UA territory -"])
        #expect(try tuples("Merz hält Gebietsabtretungen der Ukraine für falsch.") == ["DE territory -"])
        #expect(try tuples("Für Kiew wäre eine Abtretung des Donbass politischer Selbstmord.") == ["UA territory -"])
        #expect(try tuples("Selenskyj hat die Hoffnung auf einen baldigen Nato-Beitritt begraben.") == ["UA nato_membership -"])
        #expect(try tuples("Moskau ließ den Vorschlag einer europäischen Friedenstruppe abblitzen.") == ["RU security_guarantees -"])
        #expect(try tuples("Der Kreml schlug die Tür für einen Nato-Beitritt der Ukraine endgültig zu.") == ["RU nato_membership -"])
    }

    @Test func consider() throws {
        #expect(try tuples("Großbritannien prüft die Entsendung von Soldaten in die Ukraine.") == ["GB security_guarantees +"])
        #expect(try tuples("Eine europäische Friedenstruppe ist für Merz vorstellbar.") == ["DE security_guarantees +"])
        #expect(try tuples("Starmer zieht die Entsendung britischer Soldaten in Betracht.") == ["GB security_guarantees +"])
        #expect(try tuples("Paris hält eine Stationierung französischer Soldaten nach einem Waffenstillstand für möglich.") == ["FR security_guarantees +"])
        #expect(try tuples("Merz liebäugelt mit einer Beteiligung der Bundeswehr an einer Friedenstruppe.") == ["DE security_guarantees +"])
    }

    @Test func believe() throws {
        #expect(try tuples("Selenskyj zeigte sich zuversichtlich, dass die Ukraine der Nato beitreten wird.") == ["UA nato_membership +"])
    }

    @Test func accept() throws {
        #expect(try tuples("Kiew werde sich niemals mit Gebietsabtretungen abfinden, sagte Selenskyj.") == ["UA territory -"])
        #expect(try tuples("Selenskyj würde Gebietsverluste notfalls in Kauf nehmen.") == ["UA territory +"])
        #expect(try tuples("Frankreich würde eine europäische Friedenstruppe mittragen.") == ["FR security_guarantees +"])
        #expect(try tuples("Kiew lenkte in der Frage der Gebietsabtretungen schließlich ein.") == ["UA territory +"])
        #expect(
            try tuples("Kallas sagte, Russland dürfe für seine Aggression nicht mit Gebietsgewinnen belohnt werden.") == ["EU territory -"])
    }

    @Test func support() throws {
        #expect(try tuples("Macron gilt als Verfechter einer europäischen Schutztruppe.") == ["FR security_guarantees +"])
        #expect(try tuples("Starmer tritt für verbindliche Sicherheitsgarantien ein.") == ["GB security_guarantees +"])
        #expect(try tuples("Kallas machte sich für verbindliche Sicherheitsgarantien stark.") == ["EU security_guarantees +"])
        #expect(try tuples("Die Bundesregierung bekennt sich zur Nato-Perspektive der Ukraine.") == ["DE nato_membership +"])
        #expect(try tuples("Washington stellte sich hinter die Forderung Kiews nach Sicherheitsgarantien.") == ["US security_guarantees +", "UA security_guarantees +"])
        #expect(try tuples("Die USA ebnen den Weg für Sicherheitsgarantien der Europäer.") == ["US security_guarantees +"])
    }

    @Test func prefer() throws {
        #expect(try tuples("Moskau präferiert eine neutrale Ukraine.") == ["RU nato_membership -"])
    }

    @Test func propose() throws {
        #expect(try tuples("Washington empfiehlt eine europäische Friedenstruppe.") == ["US security_guarantees +"])
        #expect(try tuples("Der von den USA vorgelegte Gebietstausch stößt in Kiew auf Ablehnung.") == ["US territory +", "UA territory -"])
    }

    @Test func demand() throws {
        #expect(try tuples("Kiew insistiert auf verbindlichen Sicherheitsgarantien.") == ["UA security_guarantees +"])
        #expect(try tuples("Sicherheitsgarantien sind für Kiew ein Muss, sagte Selenskyj.") == ["UA security_guarantees +"])
    }

    @Test func promise() throws {
        #expect(try tuples("Großbritannien gelobte verlässliche Sicherheitsgarantien.") == ["GB security_guarantees +"])
        #expect(try tuples("Großbritannien steht für Sicherheitsgarantien der Europäer ein.") == ["GB security_guarantees +"])
    }

    @Test func strive() throws {
        #expect(try tuples("Die Ukraine beabsichtigt weiterhin einen Nato-Beitritt.") == ["UA nato_membership +"])
        #expect(try tuples("Kiew ist fest entschlossen, der Nato beizutreten.") == ["UA nato_membership +"])
        #expect(try tuples("Die Ukraine peilt einen Nato-Beitritt bis 2030 an.") == ["UA nato_membership +"])
        #expect(try tuples("Kiew setzt auf Sicherheitsgarantien der USA.") == ["UA security_guarantees +"])
    }

    @Test func provide() throws {
        #expect(try tuples("Frankreich steuert Soldaten zu einer Friedenstruppe bei.") == ["FR security_guarantees +"])
    }

    @Test func concede() throws {
        #expect(try tuples("Die Ukraine werde den Donbass nicht hergeben, sagte Selenskyj.") == ["UA territory -"])
        #expect(try tuples("Die Ukraine werde keine Gebiete an Russland übergeben, sagte Selenskyj.") == ["UA territory -"])
    }

    @Test func threaten() throws {
        #expect(try tuples("Moskau hat für den Fall einer Stationierung europäischer Truppen Gegenmaßnahmen angedroht.") == ["RU security_guarantees -"])
    }

    @Test func warn() throws {
        #expect(try tuples("Scholz rät von einer schnellen Aufnahme der Ukraine in die Nato ab.") == ["DE nato_membership -"])
    }

    @Test func doubtOrNotNow() throws {
        #expect(try tuples("Washington zögert noch mit Sicherheitsgarantien für die Ukraine.") == ["US security_guarantees -"])
        #expect(try tuples("Die Nato vertagte die Frage einer Einladung der Ukraine.") == ["NATO nato_membership -"])
        #expect(try tuples("Der Kreml sieht eine Friedenstruppe der Europäer kritisch.") == ["RU security_guarantees -"])
        #expect(try tuples("Die USA gehen auf Distanz zu einem Nato-Beitritt der Ukraine.") == ["US nato_membership -"])
        #expect(
            try tuples("Für Washington hat ein schneller Frieden Vorrang vor einem Nato-Beitritt der Ukraine.") == ["US nato_membership -"])
    }

    @Test func undecided() throws {
        #expect(try tuples("Die Europäer sind uneins über die Entsendung einer Friedenstruppe.") == ["EU security_guarantees 0"])
    }

    @Test func refuseOwnPart() throws {
        #expect(try tuples("Deutschland will sich aus einer Schutztruppe für die Ukraine heraushalten.") == ["DE security_guarantees -"])
        #expect(try tuples("Die USA sehen davon ab, eigene Soldaten in die Ukraine zu entsenden.") == ["US security_guarantees -"])
    }
}
