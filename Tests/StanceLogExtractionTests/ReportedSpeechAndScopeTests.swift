import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// The rules and vocabulary of rules@1.14.0 (issue 11), on sentences written for the test (none from
/// the corpus, the validation set or the probe sets): the scope of a negation, reported speech across
/// sentences, speakers named in apposition or before a participle, and formulas of stance. Each
/// expectation gave no or another statement with rules@1.13.0; the controls pass either way.
@Suite struct ReportedSpeechAndScopeTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func aNegationDeniesOnlyWhatItStandsBefore() throws {
        // `nicht …, sondern …` denies the phrase after `nicht`, not the topic before it.
        #expect(
            try tuples("Die Schutztruppe solle nicht an der Front kämpfen, sondern den Waffenstillstand überwachen, sagte Macron.")
                == ["FR security_guarantees +"])
        // A negation after `und`, before a verb of its own, belongs to the second predicate.
        #expect(
            try tuples("London werde sich an Sicherheitsgarantien beteiligen und die Ukraine nicht im Stich lassen, sagte Starmer.")
                == ["GB security_guarantees +"])
        // A negation raised from `glauben nicht, dass` turns the embedded stance once, not twice.
        #expect(
            try tuples("Die US-Regierung glaubt nicht, dass ein Nato-Beitritt der Ukraine ein realistisches Ziel ist.")
                == ["US nato_membership -"])
        // `nichts` negates.
        #expect(try tuples("Von den besetzten Gebieten werde nichts abgetreten, sagte Selenskyj.") == ["UA territory -"])
        // After `und` an inverted topic word begins a second object and leaves the first its own.
        #expect(
            try tuples("Kiew bot an, auf die Nato-Mitgliedschaft zu verzichten und einen neutralen Status anzunehmen.")
                == ["UA nato_membership -"])
        // The noun after `ohne` is the demanded precondition; the negation belongs to what would follow.
        #expect(
            try tuples("Ohne einen Verzicht der Ukraine auf die Nato-Mitgliedschaft werde es keinen Frieden geben, sagte Lawrow.")
                == ["RU nato_membership -"])
    }

    @Test func clausesThatGovernOrJudgeATopicElsewhere() throws {
        // A `dass` clause that opens the sentence is governed by the verb after it.
        #expect(try tuples("Dass Kiew in absehbarer Zeit der Nato beitreten werde, bezweifelt der Kanzler.") == ["DE nato_membership -"])
        // A later clause whose only party is the judge after `für` comments on the topic before.
        #expect(
            try tuples("Eine Entsendung westlicher Truppen, egal unter welchem Mandat, sei für den Kreml inakzeptabel.")
                == ["RU security_guarantees -"])
        // "sich gegen jeden Versuch stellen, …" turns the infinitive after it.
        #expect(
            try tuples("Die Bundesregierung hat sich gegen jeden Versuch gestellt, Kiew zu Gebietsabtretungen zu drängen.")
                == ["DE territory -"])
        // A generic clause of `wer` is nobody's stance.
        #expect(try tuples("Wer der Ukraine Gebietsabtretungen aufzwingen wolle, belohne den Angreifer, sagte Baerbock.").isEmpty)
        // Declining to comment states nothing.
        #expect(try tuples("Zu einer möglichen Nato-Mitgliedschaft der Ukraine wollte sich der Kanzler nicht äußern.").isEmpty)
        #expect(try tuples("Der Kreml lehnte es ab, sich zu den Sicherheitsgarantien für Kiew zu äußern.").isEmpty)
    }

    @Test func reportedSpeechGoesOnAndEnds() throws {
        // Reported speech on other matters carries its speaker into the next sentence.
        #expect(
            try tuples(
                "Der Kremlsprecher äußerte sich am Montag zu den Gesprächen in Genf. Die Atmosphäre sei konstruktiv gewesen, sagte Peskow. Ein Nato-Beitritt der Ukraine bleibe aber eine rote Linie."
            ) == ["RU nato_membership -"])
        // A non-party who speaks now takes over: nothing of his is the party's before.
        #expect(
            try tuples(
                "Putin hat seine Forderungen erneuert. Ein Kompromiss sei denkbar, sagte der Osteuropa-Historiker: Die Ukraine könnte auf die Krim verzichten."
            ).isEmpty)
        // "Mit diesen Worten …" credits the quotation before.
        #expect(
            try tuples("„Wir werden die Besetzung unseres Landes niemals anerkennen.“ Mit diesen Worten wandte sich Selenskyj an die Abgeordneten.")
                == ["UA territory -"])
        // "Zudem verlangen sie" takes up the subject of the sentence before.
        #expect(
            try tuples("Die Europäer legten in Genf einen eigenen Plan vor. Zudem verlangen sie Sicherheitsgarantien für die Ukraine.")
                == ["EU security_guarantees +"])
    }

    @Test func speakersAndHoldersAsReportsNameThem() throws {
        #expect(
            try tuples("Ein Nato-Beitritt der Ukraine sei ausgeschlossen, sagte die Sprecherin des Ministeriums, Maria Sacharowa.")
                == ["RU nato_membership -"])
        #expect(
            try tuples("Es werde einen Austausch von Gebieten geben, hatte der US-Präsident zuvor angekündigt.") == ["US territory +"])
        #expect(
            try tuples("Die USA sind einem Zeitungsbericht zufolge bereit, die Krim als russisches Gebiet anzuerkennen.")
                == ["US territory +"])
        #expect(
            try tuples("Starmer kündigte an, dass Großbritannien und Frankreich Soldaten in die Ukraine schicken werden.")
                == ["GB security_guarantees +", "FR security_guarantees +"])
        #expect(
            try tuples("Die europäischen Außen- und Verteidigungsminister forderten robuste Sicherheitsgarantien.")
                == ["EU security_guarantees +"])
        #expect(try tuples("Die europäischen Teilnehmer sagten eine multinationale Truppe für die Ukraine zu.") == ["EU security_guarantees +"])
        // `sie` after `dass` is the subject of the clause that governs it.
        #expect(
            try tuples("Rutte räumte ein, die USA hätten deutlich gemacht, dass sie einen Beitritt der Ukraine zur Nato nicht unterstützten.")
                == ["US nato_membership -"])
        // What one party asks of another, named by its adjective, is not yet the other's stance.
        #expect(
            try tuples("Selenskyj forderte in Washington eine amerikanische Zusage für Sicherheitsgarantien.") == ["UA security_guarantees +"])
        // `sein Land` in words credited to a speaker after them is the speaker's.
        #expect(
            try tuples("Trump sprach von Fortschritten. Die Mitgliedschaft in der Nato bleibe für sein Land das Ziel, betonte Außenminister Sybiha.")
                == ["UA nato_membership +"])
        // Other states are no parties, and their leaders take over no holder from before.
        #expect(
            try tuples("Macron forderte Sicherheitsgarantien für die Ukraine. Auch Ungarns Regierungschef Viktor Orbán lehnt eine Nato-Mitgliedschaft der Ukraine ab.")
                == ["FR security_guarantees +"])
        // Control: a genitive quantifier keeps the leaders of a meeting out of the subject.
        #expect(
            try tuples("Vor einem Gipfel einiger europäischer Staats- und Regierungschefs hat sich Starmer bereit erklärt, Soldaten in die Ukraine zu schicken.")
                == ["GB security_guarantees +"])
    }

    @Test func formulasOfStance() throws {
        #expect(try tuples("Eine Abtretung der Krim verstoße gegen das Völkerrecht, erklärte Kallas.") == ["EU territory -"])
        #expect(try tuples("Die EU-Staaten haben auf verbindliche Sicherheitsgarantien für Kiew gedrungen.") == ["EU security_guarantees +"])
        #expect(try tuples("Ein Nato-Beitritt der Ukraine stehe nicht zur Verhandlung, sagte Lawrow.") == ["RU nato_membership -"])
        #expect(try tuples("Selenskyj bezeichnete den Nato-Beitritt als besten Schutz vor Russland.") == ["UA nato_membership +"])
        #expect(
            try tuples("Die bilateralen Abkommen seien kein Ersatz für eine Mitgliedschaft in der Nato, sagte Selenskyj.")
                == ["UA nato_membership +"])
        #expect(
            try tuples("Eine Debatte über die Entsendung deutscher Soldaten halte er derzeit für unangebracht, sagte Pistorius.")
                == ["DE security_guarantees -"])
        #expect(try tuples("Selenskyj bezeichnete eine Abtretung des Donbass als ungerecht.") == ["UA territory -"])
        // `dagegen` in the middle of a clause contrasts; it rejects nothing.
        #expect(
            try !tuples("Der britische Premier sprach dagegen von Fortschritten bei der Planung einer Schutztruppe.")
                .contains("GB security_guarantees -"))
        // A front line is a topic with a ceasefire along it, not with fighting.
        #expect(try tuples("Es gebe schwere Angriffe entlang der gesamten Frontlinie, sagte Selenskyj.").isEmpty)
        // Control: the ceasefire along the front line.
        #expect(try tuples("Trump schlug eine Waffenruhe entlang der aktuellen Frontlinie vor.") == ["US territory +"])
    }
}
