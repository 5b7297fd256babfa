/// Character classes the reader, splitter and tokenizer share.
///
/// ASCII and Latin-1 (German's umlauts and ß) are decided by range, as Unicode's properties
/// decide them; other scalars ask the properties.
enum ScalarClass {
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (65...90).contains(value) || (97...122).contains(value) }
        if value <= 0xFF {
            // ª µ º and À…ÿ without × and ÷.
            return value == 0xAA || value == 0xB5 || value == 0xBA || (value >= 0xC0 && value != 0xD7 && value != 0xF7)
        }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (65...90).contains(value) }
        // À…Þ without ×.
        if value <= 0xFF { return (0xC0...0xDE).contains(value) && value != 0xD7 }
        return scalar.properties.isUppercase
    }

    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) }
        let value = scalar.value
        // ª µ º ß and à…ÿ without ÷.
        if value <= 0xFF { return value == 0xAA || value == 0xB5 || value == 0xBA || value == 0xDF || (value >= 0xE0 && value != 0xF7) }
        return scalar.properties.isLowercase
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\n"
            || (!scalar.isASCII && isWhitespace(scalar))
    }

    /// `scalar.properties.isWhitespace`, decided by value in ASCII and Latin-1.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value <= 0xFF { return value == 0x85 || value == 0xA0 }
        return scalar.properties.isWhitespace
    }

    /// Quotation marks of German, Swiss and English typography.
    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201E}", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}": true
        default: false
        }
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2013}" || scalar == "\u{2014}"
    }
}
