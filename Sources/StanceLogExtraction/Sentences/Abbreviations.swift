/// German abbreviations and month names the sentence splitter must not break at.
enum Abbreviations {
    /// Lower-cased abbreviations without their final period (`z.B.` is `z.b`).
    static let words: Set<String> = [
        "dr", "prof", "bzw", "ca", "usw", "vgl", "etc", "nr", "st", "sog", "evtl", "inkl", "ggf", "mio", "mrd",
        "jh", "jhd", "tsd", "abs", "art", "chr", "dt", "frz", "engl", "hr", "fr", "min", "max", "mind", "zzgl", "rd",
        "dipl", "ing", "bspw", "lt", "gem", "ehem", "stv", "kap", "bd", "jr", "sen", "mr", "mrs", "ms", "gen", "lat",
        "z.b", "u.a", "d.h", "o.ä", "u.ä", "z.t", "v.a", "s.o", "s.u", "d.c", "u.s", "u.k", "jan", "feb", "febr",
        "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "bzgl", "i.d.r", "z.z", "zt", "vs",
    ]

    /// Lower-cased German month names, with their index.
    static let months: [String: Int] = [
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    ]
}
