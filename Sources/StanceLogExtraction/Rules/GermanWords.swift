/// Closed word classes of German that the rules need.
enum GermanWords {
    static let prepositions: Set<String> = [
        "an", "am", "ans", "auf", "aus", "bei", "beim", "durch", "für", "gegen", "gegenüber", "in", "im", "ins",
        "mit", "nach", "ohne", "seit", "über", "um", "unter", "von", "vom", "vor", "zu", "zum", "zur", "zwischen",
        "wegen", "trotz", "hinter", "neben", "innerhalb", "außerhalb", "aufseiten", "seitens", "bis", "gen",
        "richtung", "nahe", "entlang", "dank", "statt", "anstelle", "infolge", "angesichts", "zugunsten",
        "bezüglich", "hinsichtlich", "jenseits", "inmitten", "samt", "gemäß", "entgegen", "binnen",
        "außer", "laut",
    ]
    static let determiners: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "sein",
        "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
        "dessen", "deren", "unser", "unsere", "unseren", "unserem", "unserer", "dieser", "diese", "diesen",
        "diesem", "dieses", "jener", "jene",
    ]
    /// Quantifiers that open a plural noun phrase in place of an article ("Einige Partner", "Mehrere Diplomaten").
    static let quantifiers: Set<String> = ["einige", "mehrere", "viele", "manche", "zahlreiche", "andere", "alle", "beide"]
    /// The genitive plural of those quantifiers, which no subject takes ("einiger", "mehrerer").
    static let genitiveQuantifiers: Set<String> = ["einiger", "mehrerer", "vieler", "mancher", "zahlreicher", "beider", "sämtlicher"]
    /// Possessive determiners: "seine Ablehnung" is the subject's own.
    static let possessives: Set<String> = [
        "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
        "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
    ]
    /// Articles that never introduce a feminine, neuter or plural subject.
    static let obliqueArticles: Set<String> = ["der", "des", "dem", "den"]
    /// Articles that never introduce a masculine subject.
    static let obliqueMasculineArticles: Set<String> = ["des", "dem", "den"]
    /// Konjunktiv II of `können`: what might happen, the writer's conjecture unless someone is said to say it.
    static let conjecturalModals: Set<String> = ["könnte", "könnten"]
    /// Obligations in Konjunktiv I: reported words of whoever speaks ("Außerdem müsse …").
    static let reportedObligations: Set<String> = ["müsse", "solle"]
    static let coordinators: Set<String> = ["und", "sowie", "als", "auch", "wie", "sowohl", "oder"]
    /// Finite forms of `haben` that open a clause of report in the perfect ("…, hatte Trump angekündigt").
    static let perfectAuxiliaries: Set<String> = ["hat", "hatte", "hatten", "habe", "haben", "hätte", "hätten"]
    static let passiveAuxiliaries: Set<String> = ["wird", "werden", "wurde", "wurden", "worden", "werde"]
    static let agentPrepositions: Set<String> = ["durch", "von", "vom", "seitens"]
    /// Relative pronouns that open a relative clause on a noun (", das …", ", welche …"); only the forms
    /// that can be the clause's subject, since ", den"/", dem" more often open an infinitive's object.
    static let relativePronouns: Set<String> = ["das", "die", "der", "welches", "welche", "welcher"]
    /// The forms of `sollen` that, before a perfect infinitive, report rather than oblige ("soll … zugesagt haben").
    static let formsOfSollen: Set<String> = ["soll", "sollen", "solle", "sollten", "sollte"]
    static let subjectPronoun = "er"
    /// Personal pronouns that have no other case than the nominative: standing in a clause, they are its subject.
    static let nominativePronouns: Set<String> = ["er", "ich", "wir", "du"]
    /// Pronouns that, opening a clause before its verb, stand for the subject of the sentence before.
    static let subjectPronouns: Set<String> = ["sie", "beide", "dieser", "diese", "dieses"]
    /// Masculine demonstratives that stand for the last person named ("Dieser lehnt … ab").
    static let demonstrativeSubjects: Set<String> = ["dieser", "jener", "letzterer"]
    /// Pronominal adverbs and demonstratives by which a sentence speaks about what the one before
    /// it raised ("Daran sollen sich weitere Länder beteiligen", "Dazu sei man bereit").
    static let pointingBack: Set<String> = [
        "daran", "darauf", "dafür", "dagegen", "dazu", "darüber", "damit", "davon", "dabei", "dies", "dieses",
        "diesem", "demnach", "dessen",
    ]
    /// Nouns for where a party stands, whose owner holds what the clause says of them ("Moskaus Haltung …").
    static let positionNouns: Set<String> = ["haltung", "position", "linie", "standpunkt", "antwort", "reaktion"]
    /// Stems of verbs that take their `dass` clause as a fact, not as what is wanted ("begrüßt, dass …").
    static let factiveStems: [String] = ["begrüß", "bedauer", "lob", "kritisier", "beklag"]
    /// Pronominal adverbs that stand for a thing named before ("Trump sei dazu bereit", "Kiew ist dafür offen").
    static let pronominalAdverbs: Set<String> = ["dazu", "dafür", "daran", "darauf", "darüber", "davon", "damit"]
    /// Nouns by which a source marker gives someone's view rather than a report ("nach Ansicht von", "aus Sicht").
    static let opinionNouns: Set<String> = ["ansicht", "auffassung", "einschätzung", "meinung", "überzeugung", "sicht"]
    /// Nouns for armed forces, whose party adjective says who withdraws ("die russischen Truppen").
    static let troops: Set<String> = [
        "truppen", "armee", "streitkräfte", "soldaten", "einheiten", "kräfte", "militär", "verbände",
    ]
    /// Word parts that name armed forces anywhere in a compound ("Bodentruppen", "Nato-Soldaten",
    /// "Militärkontingente"): a topic naming them speaks of troops, not of a promise.
    static let forceStems: [String] = ["truppe", "soldat", "streitkräfte", "kontingent"]
    /// Stance words that take no object and so speak of what the sentence or clause before raised
    /// ("Die Nato winkt ab", "Berlin ist dagegen", "…, Deutschland zögert noch").
    static let objectless: Set<String> = [
        "winkt", "winken", "winkte", "winkten", "abgewunken", "dagegen", "zögert", "zögern", "zögerte", "zögerten",
    ]
    /// Conjunctions that open a clause of reason or concession ("weil", "obwohl").
    static let causalConjunctions: Set<String> = ["weil", "da", "obwohl", "obgleich"]
    /// Words that open a clause of their own: conjunctions, subordinators and the pronouns of a new subject.
    static let clauseOpeners: Set<String> = causalConjunctions.union(nominativePronouns).union(adversatives).union([
        "und", "oder", "denn", "doch", "dass", "ob", "wenn", "falls", "sofern", "während", "nachdem", "bevor", "bis",
        "um", "wie", "als", "so", "sie", "es", "man",
    ])
    /// Nouns for what someone said ("Mit diesen Worten …").
    static let wordsOfSpeech: Set<String> = ["worten", "äußerungen", "sätzen", "aussagen", "bemerkungen"]
    /// Verbs of comment, which speak about a matter without taking a side on it.
    static let commentVerbs: Set<String> = [
        "äußern", "äußert", "äußerte", "äußerten", "geäußert", "kommentieren", "kommentiert", "kommentierte",
        "kommentierten", "stellung",
    ]
    /// Stems of verbs that judge their object by a verdict after `als` ("bezeichnete den Plan als …").
    static let judgingStems: [String] = ["bezeichne", "bezeichnet", "nannte", "nennt", "wertete", "wertet"]
    /// Stems of verbs that comment on or criticise their object ("kritisierte die Pläne").
    static let criticisingStems: [String] = ["kritisier", "kommentier"]
    /// Conjunctions and adverbs that set a clause against the one before ("…, ein Beitritt sei aber …").
    static let adversatives: Set<String> = ["aber", "jedoch", "allerdings", "sondern"]
    /// Adverbs that, right after the subject, contrast it with what came before ("Kiew dagegen …").
    static let contrastive: Set<String> = ["dagegen", "hingegen"]
    /// Words that may stand before a place or party opening its clause: "Auch in Kiew …", "Und in Moskau …",
    /// "Selbst der Kanzler …".
    static let focusingParticles: Set<String> = [
        "auch", "und", "aber", "doch", "selbst", "sogar", "gerade", "besonders", "nur", "erst", "allein", "ausgerechnet",
        "ebenfalls",
    ]
    /// Nouns of meetings, whose place names a venue, not a government ("der Gipfel in Washington").
    static let meetings: [String] = ["gipfel", "treffen", "konferenz", "tagung", "verhandlungen", "gespräche"]
}
