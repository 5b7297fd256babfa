/// Lower-casing of UTF-8 text, the same as `String.lowercased()`, without its Unicode tables for the
/// characters German news is written in.
///
/// ASCII letters, the Latin-1 capitals (`Ä`, `Ö`, `Ü`, `À`…`Þ`) and the general punctuation block
/// (`„`, `“`, `–`, which have no case) are mapped byte by byte; a text with any other character goes
/// through `String.lowercased()` whole.
enum LowerCase {
    static func bytes<Bytes: Collection<UInt8>>(_ text: Bytes) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = text.startIndex
        while index != text.endIndex {
            let byte = text[index]
            if byte < 0x80 {
                result.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                index = text.index(after: index)
                continue
            }
            let second = text.index(after: index)
            guard second != text.endIndex else { return general(text) }
            let next = text[second]
            if byte == 0xC3, (0x80...0x9E).contains(next), next != 0x97 {
                result.append(byte)
                result.append(next + 0x20)
            } else if byte == 0xC2 || byte == 0xC3 {
                result.append(byte)
                result.append(next)
            } else if byte == 0xE2, next == 0x80 {
                let third = text.index(after: second)
                guard third != text.endIndex else { return general(text) }
                result.append(byte)
                result.append(next)
                result.append(text[third])
                index = text.index(after: third)
                continue
            } else {
                return general(text)
            }
            index = text.index(after: second)
        }
        return result
    }

    /// `text.lowercased()`.
    static func string(_ text: String) -> String {
        String(decoding: bytes(text.utf8), as: UTF8.self)
    }

    private static func general<Bytes: Collection<UInt8>>(_ text: Bytes) -> [UInt8] {
        Array(String(decoding: text, as: UTF8.self).lowercased().utf8)
    }
}
