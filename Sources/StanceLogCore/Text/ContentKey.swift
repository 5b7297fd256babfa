/// What two texts must share to be the same article for duplicate detection: the SHA-256 of the text with
/// its layout, invisible characters and quotation style folded away.
///
/// The article id hashes the normalised text exactly (``NormalizedText``), so
/// the same article saved with double spaces or a non-breaking space was a new
/// article with a second set of statements. The content key folds, in order:
///
/// 1. zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed;
/// 2. every run of white space — spaces, tabs, line breaks, blank lines,
///    no-break and other Unicode spaces, trailing spaces — becomes one space;
/// 3. double quotation marks („ “ ” ‟ « » ″ and `"`) become `"`, single ones
///    (‚ ‘ ’ ‛ ‹ › ′ and `'`) become `'`;
/// 4. the ends are trimmed.
///
/// Letters, digits and every other punctuation mark count as they are. Ids
/// already stored stay valid: the key is computed from the stored text when
/// the log is searched, and the article id rule is unchanged.
public struct ContentKey: Hashable, Sendable, CustomStringConvertible {
    /// 64 lowercase hex digits.
    public let rawValue: String

    /// The key of an article text in its normalised form, as ``NormalizedText`` gives it and the log stores it.
    public init(of text: String) {
        rawValue = SHA256Digest.hex(of: Array(Self.folded(text).utf8))
    }

    public var description: String { rawValue }

    /// The text as the key hashes it.
    static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            default:
                break
            }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar.value {
            case 0x201E, 0x201C, 0x201D, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x0022: out.append("\"")
            case 0x201A, 0x2018, 0x2019, 0x201B, 0x2039, 0x203A, 0x2032, 0x0027: out.append("'")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
