import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Topic wording, scope and reading rules added for issue 11 in rules@1.7.0 to rules@1.11.0, on
/// sentences written for the test (none from the corpus); each gave no or the wrong statement before
/// its rule.
@Suite struct TopicWordingTests {
    private func tuples(_ raw: String) throws -> Set<String> { try Fixtures.signTuples(raw) }

    @Test func soldiersPutAtACeasefiresDisposalAreTheGuaranteesTopic() throws {
        #expect(
            try tuples("Starmer sagte zu, britische Soldaten zur Absicherung eines Waffenstillstands bereitzustellen.")
                == ["GB security_guarantees +"])
    }

    @Test func notPartOfThePlanIsReluctance() throws {
        #expect(try tuples("Rubio betonte, eine Nato-Mitgliedschaft sei nicht Teil des Plans.") == ["US nato_membership -"])
    }

    @Test func aTrailingProposalNamesTheSpeaker() throws {
        #expect(
            try tuples("Die Front solle entlang der aktuellen Linie eingefroren werden, schlug Trump vor.") == ["US territory +"])
    }

    @Test func rejectingARenunciationSupportsTheTopic() throws {
        #expect(try tuples("Ein Verzicht auf die Nato-Mitgliedschaft ist für Kiew inakzeptabel.") == ["UA nato_membership +"])
        #expect(try tuples("Selenskyj lehnt einen Verzicht auf den Donbass ab.") == ["UA territory -"])
    }

    @Test func demandingTheReturnOfTerritoriesRejectsCession() throws {
        #expect(try tuples("Kiew hingegen besteht auf der Rückgabe aller besetzten Gebiete.") == ["UA territory -"])
    }

    @Test func aDemonstratedNounTakesUpTheTopicBefore() throws {
        #expect(
            try tuples("Selenskyj fordert den Nato-Beitritt seines Landes.\nDie USA haben diesen Weg nicht unterstützt.")
                == ["UA nato_membership +", "US nato_membership -"])
    }

    @Test func soldiersAsACompoundHeadAreTheGuaranteesTopic() throws {
        #expect(try tuples("Der Kreml lehnt die Stationierung von Bundeswehrsoldaten in der Ukraine ab.") == ["RU security_guarantees -"])
    }

    @Test func foreignBasesAreTheGuaranteesTopic() throws {
        #expect(try tuples("Moskau lehnt ausländische Stützpunkte auf ukrainischem Boden ab.") == ["RU security_guarantees -"])
    }

    @Test func nonNegotiableIntegrityRejectsCession() throws {
        #expect(try tuples("Die territoriale Integrität der Ukraine ist nicht verhandelbar, sagte Macron.") == ["FR territory -"])
        #expect(try tuples("Gebietsabtretungen sind für Kiew nicht verhandelbar.") == ["UA territory -"])
    }

    @Test func callingAHopeAnIllusionRejectsIt() throws {
        #expect(
            try tuples("Lawrow nannte die Hoffnung Kiews auf eine Nato-Mitgliedschaft eine Illusion.")
                == ["RU nato_membership -", "UA nato_membership +"])
    }

    @Test func callingItAProvocationRejectsIt() throws {
        #expect(
            try tuples("Das russische Außenministerium bezeichnete eine europäische Schutztruppe als Provokation.")
                == ["RU security_guarantees -"])
    }

    @Test func anOpenDoorAndAFutureInTheAllianceSupportMembership() throws {
        #expect(try tuples("Die Tür zur Nato bleibe offen, sagte Rutte.") == ["NATO nato_membership +"])
        #expect(try tuples("Die Zukunft der Ukraine liegt in der Nato, sagte Stoltenberg.") == ["NATO nato_membership +"])
    }

    @Test func partOfEveryAgreementIsSupport() throws {
        #expect(try tuples("Starmer nannte Sicherheitsgarantien einen Teil jeder Vereinbarung.") == ["GB security_guarantees +"])
    }

    @Test func russiaNotGivingBackLandKeepsIt() throws {
        #expect(
            try tuples("Putin erklärte, Russland werde die annektierten Gebiete niemals zurückgeben.") == ["RU territory +"])
    }

    @Test func theBordersOf2014AreTheInverseOfCession() throws {
        #expect(try tuples("Eine Rückkehr zu den Grenzen von 2014 sei unrealistisch, sagte Vance.") == ["US territory +"])
    }

    @Test func aHeadlineSpeakerGivingNoMetreOfTheCountry() throws {
        #expect(try tuples("Selenskyj: Wir werden keinen Meter unseres Landes abgeben.") == ["UA territory -"])
    }

    @Test func anInlineTeaserDropsOnlyItsTitle() throws {
        let prose = Array(repeating: "Die Gespräche in Genf gingen am Abend ohne greifbares Ergebnis zu Ende.", count: 6)
            .joined(separator: " ")
        let raw = "Verhandlungen\n\n\(prose)\n\nLesen Sie auch\n\nTrump will Gebiete tauschen\n\n\(prose) "
            + "Putin lehnt Sicherheitsgarantien für die Ukraine ab.\n"
        #expect(try tuples(raw) == ["RU security_guarantees -"])
    }

    /// rules@1.10.0, topic words of general German: a guaranteed non-accession inverts
    /// membership, border changes are cessions, a pact of mutual assistance is a guarantee.
    @Test func topicWordsOfGeneralGerman() throws {
        #expect(try tuples("Russland verlangt einen garantierten Nichtbeitritt der Ukraine zur Nato.") == ["RU nato_membership -"])
        #expect(try tuples("Die Bundesregierung lehnt gewaltsame Grenzverschiebungen ab.") == ["DE territory -"])
        #expect(try tuples("Frankreich bietet der Ukraine ein Beistandsabkommen an.") == ["FR security_guarantees +"])
    }

    @Test func territoryWordingOfGeneralGerman() throws {
        #expect(try tuples("Moskau will die Kontrolle über die Krim behalten.") == ["RU territory +"])
        #expect(try tuples("Selenskyj lehnt es ab, den Osten abzutreten.") == ["UA territory -"])
        #expect(try tuples("Die Europäer lehnen es ab, Grenzen mit Gewalt zu verschieben.") == ["EU territory -"])
        #expect(try tuples("Trump sprach sich für das Prinzip Land für Frieden aus.") == ["US territory +"])
        #expect(try tuples("Washington schlug vor, die Kampflinie einzufrieren.") == ["US territory +"])
        #expect(try tuples("Die Ukraine lehnt es ab, die Frontlinie als Grenze festzuschreiben.") == ["UA territory -"])
        #expect(try tuples("Die Ukraine lehnt eine Aufteilung des Landes strikt ab.") == ["UA territory -"])
        #expect(try tuples("Der Kreml verlangt, Kiew müsse die neuen Realitäten anerkennen.") == ["RU territory +"])
        #expect(try tuples("Selenskyj sagte, er sei zu einem Kompromiss über die Gebiete nicht bereit.") == ["UA territory -"])
        #expect(try tuples("Selenskyj ist in der Gebietsfrage zu Kompromissen bereit.") == ["UA territory +"])
        #expect(try tuples("Er werde niemals akzeptieren, dass Russland ukrainisches Land behält, sagte Selenskyj.") == ["UA territory -"])
        #expect(try tuples("Russland müsse seine Truppen aus der gesamten Ukraine abziehen, forderte Selenskyj.") == ["UA territory -"])
        #expect(try tuples("Die Ukraine wird die besetzten Gebiete nicht zurückerobern, sagte Vance.") == ["US territory +"])
        #expect(try tuples("Die Krim wird russisch bleiben, sagte Trump.") == ["US territory +"])
    }

    @Test func guaranteeWordingOfGeneralGerman() throws {
        #expect(try tuples("Die Europäer wollen der Ukraine Schutzzusagen geben.") == ["EU security_guarantees +"])
        #expect(
            try tuples("Der britische Premier will eine Koalition zur Absicherung eines Waffenstillstands anführen.")
                == ["GB security_guarantees +"])
        #expect(
            try tuples("Großbritannien ist bereit, eine Führungsrolle bei einer Schutzmission zu übernehmen.") == ["GB security_guarantees +"])
        #expect(try tuples("Der Kreml lehnt jegliche Präsenz von Nato-Soldaten auf ukrainischem Boden ab.") == ["RU security_guarantees -"])
        #expect(
            try tuples("Der Kanzler wurde deutlich. „Deutsche Soldaten wird es in der Ukraine nicht geben“, sagte Merz.")
                == ["DE security_guarantees -"])
        #expect(
            try tuples("Während Frankreich eine europäische Schutztruppe befürwortet, lehnt Deutschland eine Beteiligung bislang ab.")
                == ["FR security_guarantees +", "DE security_guarantees -"])
    }

    @Test func membershipWordingOfGeneralGerman() throws {
        #expect(try tuples("Russland lehnt eine weitere Osterweiterung der Nato strikt ab.") == ["RU nato_membership -"])
        #expect(try tuples("Selenskyj bekräftigte den Wunsch seines Landes, sich der Nato anzuschließen.") == ["UA nato_membership +"])
        #expect(try tuples("Die Ukraine strebt weiterhin eine Mitgliedschaft im Nordatlantikpakt an.") == ["UA nato_membership +"])
        #expect(
            try tuples("Der Nato-Generalsekretär bekräftigte, die Tür des Bündnisses bleibe für die Ukraine offen.")
                == ["NATO nato_membership +"])
        #expect(try tuples("Die Ukraine wird nicht Mitglied der Nato werden, sagte Witkoff.") == ["US nato_membership -"])
        #expect(try tuples("Die Ukraine strebt in die EU und die Nato, sagte Selenskyj.") == ["UA nato_membership +"])
        #expect(try tuples("Die Ukraine gehört in die Nato, sagte Rutte.") == ["NATO nato_membership +"])
        #expect(try tuples("Für die Ukraine sei ein Platz in der Nato vorgesehen, sagte Blinken.") == ["US nato_membership +"])
        #expect(try tuples("Der Kreml fordert ein Ende der Nato-Osterweiterung.") == ["RU nato_membership -"])
        #expect(try tuples("Kiew hat einen beschleunigten Antrag auf Aufnahme in die Nato gestellt.") == ["UA nato_membership +"])
        #expect(try tuples("Die Vereinigten Staaten sehen die Zukunft der Ukraine nicht in der Nato.") == ["US nato_membership -"])
        #expect(
            try tuples("Die Nato hat Kiew zu einem Gipfel eingeladen, eine Aufnahme aber offengelassen.") == ["NATO nato_membership 0"])
    }
}
