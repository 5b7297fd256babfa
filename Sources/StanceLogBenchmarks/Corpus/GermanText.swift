import StanceLogCore
import StanceLogTesting

/// The German phrases of the synthetic corpus.
///
/// Stance clauses use the stance cues of the rule extractor's codebook
/// (`lehnt … ab`, `schließt … aus`, `skeptisch`, `unrealistisch`, `offen gelassen`,
/// `hypothetisch`, `realistisch`, `zur Debatte`, `fordert`, `besteht auf`, `verlangt`).
enum GermanText {
    /// `subject` takes `stance` on `topic`, as a main clause without the final full stop.
    static func stanceClause(_ stance: Stance, subject: String, topic: String, random: inout SplitMix64) -> String {
        switch stance.value {
        case ...(-2):
            return random.pick([
                "\(subject) lehnt \(topic) kategorisch ab", "\(subject) schließt \(topic) aus",
                "\(subject) wies \(topic) entschieden zurück", "Für \(subject) ist \(topic) nicht verhandelbar",
            ])
        case -1:
            return random.pick([
                "\(subject) zeigt sich skeptisch gegenüber \(topic)", "\(subject) hält \(topic) für unrealistisch",
                "\(subject) reagierte zurückhaltend auf \(topic)",
            ])
        case 0:
            return random.pick([
                "\(subject) hat die Frage nach \(topic) offen gelassen",
                "\(subject) nannte \(topic) eine hypothetische Frage",
                "\(subject) zeigt sich bei \(topic) unentschieden",
            ])
        case 1:
            return random.pick([
                "\(subject) hält \(topic) für realistisch", "\(subject) stellt \(topic) zur Debatte",
                "\(subject) hält \(topic) inzwischen für realistisch",
            ])
        default:
            return random.pick([
                "\(subject) fordert \(topic)", "\(subject) besteht auf \(topic)",
                "\(subject) verlangt mit Nachdruck \(topic)",
            ])
        }
    }

    /// The same as a reported clause with `man` as the subject: `man lehne … ab`.
    static func reportedClause(_ stance: Stance, topic: String, random: inout SplitMix64) -> String {
        switch stance.value {
        case ...(-2): return random.pick(["man lehne \(topic) ab", "man schließe \(topic) aus"])
        case -1: return random.pick(["man sei skeptisch gegenüber \(topic)", "man halte \(topic) für unrealistisch"])
        case 0: return "man habe die Frage nach \(topic) offen gelassen"
        case 1: return "man halte \(topic) für realistisch"
        default: return random.pick(["man fordere \(topic)", "man bestehe auf \(topic)"])
        }
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A dateline as news sites print it: `04.11.2023 18:33`, `November 2023` or `2023`.
    static func dateline(_ date: PartialDate, outlet: String, random: inout SplitMix64) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(two(random.uniform(in: 6...22))):\(two(random.uniform(60)))"
        switch (date.month, date.day) {
        case (let month?, let day?): return "\(outlet), \(two(day)).\(two(month)).\(date.year) \(time)"
        case (let month?, nil): return "\(outlet), \(months[month - 1]) \(date.year)"
        default: return "\(outlet), \(date.year)"
        }
    }

    static let months = [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember",
    ]

    static let outlets = [
        "Tagesschau", "Der Spiegel", "Die Zeit", "FAZ", "Süddeutsche Zeitung", "NZZ", "Blick", "Die Welt",
        "Deutsche Wirtschafts Nachrichten", "Der Standard", "taz", "Handelsblatt",
    ]

    static let sections = ["Politik", "Ausland", "Krieg in der Ukraine", "Weltgeschehen", "Meinung", "Liveblog"]

    static let headlineVerbs = ["Streit um", "Neue Töne bei", "Kein Durchbruch bei", "Bewegung bei", "Ringen um"]

    static let occasions = [
        "am Montag", "am Dienstag in Brüssel", "am Mittwoch vor Journalisten", "in einem Interview",
        "auf einer Pressekonferenz", "am Rande des Gipfels", "im Staatsfernsehen", "am Wochenende",
    ]

    static let sources = [
        "die Nachrichtenagentur Reuters", "die Agentur dpa", "die „Financial Times“", "der Sender NBC",
        "die Agentur Interfax", "die „New York Times“", "das Portal Axios", "die Agentur AFP",
    ]

    static let neutralActions = [
        "traf am Montag zu Gesprächen in Genf ein", "telefonierte am Abend mit mehreren Amtskollegen",
        "wird am Donnerstag in Brüssel erwartet", "äußerte sich zunächst nicht", "reiste anschließend weiter nach Warschau",
        "sprach von einem konstruktiven Austausch", "kündigte weitere Gespräche an",
    ]

    static let filler = [
        "Die Gespräche dauerten nach Angaben von Teilnehmern mehr als fünf Stunden.",
        "Beobachter rechnen nicht mit einer schnellen Einigung.",
        "In der Nacht gab es erneut Luftalarm in mehreren Regionen des Landes.",
        "Die Energieversorgung bleibt nach den jüngsten Angriffen angespannt.",
        "Ein Termin für die nächste Verhandlungsrunde steht noch nicht fest.",
        "Die Preise für Gas und Strom sind in den vergangenen Wochen erneut gestiegen.",
        "Nach Angaben der Vereinten Nationen sind Millionen Menschen auf humanitäre Hilfe angewiesen.",
        "Die Delegationen reisten am Abend wieder ab.",
        "An der Front im Osten wird weiter heftig gekämpft.",
        "Die Börsen reagierten kaum auf die Nachrichten aus Genf.",
        "Mehrere Städte meldeten Schäden an der Infrastruktur.",
        "Das Treffen fand unter strengen Sicherheitsvorkehrungen statt.",
        "Experten verweisen auf die schwierige wirtschaftliche Lage beider Länder.",
        "Die Opposition kritisierte das Vorgehen der Regierung scharf.",
        "Auch über den Austausch von Gefangenen wurde gesprochen.",
        "Die Zahl der Binnenflüchtlinge ist zuletzt wieder gestiegen.",
        "Am Wochenende sind in mehreren Hauptstädten Demonstrationen angekündigt.",
        "Ob es zu einem weiteren Treffen kommt, ist offen.",
        "Der Winter stellt die Versorgung der Bevölkerung vor große Probleme.",
        "Die Inflation in der Eurozone lag zuletzt bei knapp drei Prozent.",
        "Die Abstimmung im Parlament wurde auf die kommende Woche verschoben.",
        "Für Freitag ist ein Telefonat der Außenminister geplant.",
        "Die Details des Papiers wurden bislang nicht veröffentlicht.",
        "Kritiker sprechen von einem Ablenkungsmanöver.",
        "Der Getreidekorridor im Schwarzen Meer bleibt ein Streitpunkt.",
        "Hilfsorganisationen warnen vor einer Verschlechterung der Lage.",
        "Im Laufe des Tages sollen weitere Einzelheiten bekannt werden.",
        "Die Verhandlungen finden hinter verschlossenen Türen statt.",
        "Wie lange der Krieg noch dauern wird, kann niemand sagen.",
        "Die Sanktionen gegen den Finanzsektor sollen ausgeweitet werden.",
    ]

    static let boilerplate = [
        "Mehr zum Thema", "Anzeige", "Newsletter abonnieren: Die wichtigsten Nachrichten des Tages per E-Mail.",
        "Foto: dpa", "Lesen Sie auch: Die Lage im Überblick", "Zum Liveblog", "Teilen Drucken Merken",
        "Diese Seite verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.",
    ]

    static let footers = [
        "© dpa-infocom, dpa:251206-930-1", "Mit Material von AFP und Reuters", "Quelle: Tagesschau",
        "Dieser Artikel wurde aktualisiert.", "Kommentare sind für diesen Artikel deaktiviert.",
    ]
}
