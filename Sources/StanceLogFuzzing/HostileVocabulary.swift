/// The German words and marks hostile inputs are built from: enough of the
/// codebook's vocabulary that the rules do real work on every piece.
enum HostileVocabulary {
    static let parties = [
        "Russland", "die USA", "Kiew", "Moskau", "Washington", "Selenskyj", "Putin", "Trump", "die Nato", "die EU",
        "Deutschland", "Frankreich", "Großbritannien", "der Kreml", "die Ukraine", "Rubio", "Lawrow", "Kiews",
        "der russische Präsident", "US-Außenminister Rubio",
    ]

    static let sentences = [
        "Russland lehnt einen Nato-Beitritt der Ukraine kategorisch ab.",
        "Selenskyj fordert Sicherheitsgarantien der USA.",
        "Kiew schließt Gebietsabtretungen nicht aus, sagte Selenskyj am Montag.",
        "Man habe sich auf einen Rahmen für Sicherheitsgarantien geeinigt, hieß es nach den Gesprächen zwischen den USA und der Ukraine.",
        "Der Kreml zufolge ist eine Waffenruhe derzeit nicht realistisch.",
        "Im Gegenzug für Sicherheitsgarantien durch die USA soll die Ukraine auf den Donbass verzichten.",
        "Er sei bereit, über eine Waffenruhe zu verhandeln, sagte Putin.",
        "Laut Lawrow wird ein Einsatz europäischer Friedenstruppen von Moskau abgelehnt.",
    ]

    static let cueClauses = [
        "Selenskyj fordert Sicherheitsgarantien", "Putin lehnt einen Nato-Beitritt ab", "man habe sich geeinigt",
        "laut Rubio", "sagte er", "die USA zufolge", "beide Seiten vereinbarten eine Waffenruhe",
        "Moskau wies die Forderung Kiews nach Friedenstruppen zurück", "die von Kiew geforderten Garantien",
        "im Gegenzug für Gebiete durch die Ukraine", "nicht", "ob", "dass",
    ]

    static let quotes: [Unicode.Scalar] = ["\u{201E}", "\u{201C}", "\u{00BB}", "\u{00AB}", "\"", "'", "\u{2039}", "\u{203A}"]

    static let punctuation: [Unicode.Scalar] = [
        ".", ",", ";", ":", "!", "?", "\u{2026}", "(", ")", "-", "\u{2013}", "\u{2014}", " ", " ", " ", "\n", "\n\n",
    ].flatMap(\.unicodeScalars)

    static let controls: [Unicode.Scalar] = [
        "\u{01}", "\u{07}", "\u{08}", "\u{0B}", "\u{0C}", "\u{1B}", "\u{1F}", "\u{7F}", "\r", "\u{85}", "\u{2028}",
        "\u{2029}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{00A0}", "\u{202F}",
    ]

    static let exotic: [String] = [
        "\u{202E}", "\u{202D}", "\u{2067}", "\u{2069}", "مرحبا بالعالم", "שלום עולם", "\u{0301}", "\u{0308}",
        "\u{0327}", "\u{20DD}", "👩‍👩‍👧‍👦", "🇺🇦", "🇷🇺", "\u{FE0F}", "\u{1F3FD}", "Ⅻ", "ǅ", "ß", "ẞ", "İ", "ﬃ",
        "\u{10FFFF}", "\u{E000}", "𝔘𝔨𝔯𝔞𝔦𝔫𝔢",
    ]
}
