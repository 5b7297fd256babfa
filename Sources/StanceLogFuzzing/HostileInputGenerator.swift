import StanceLogBenchmarks
import StanceLogTesting

/// Makes hostile inputs deterministically: the same seed, index and kind give the same bytes.
///
/// Seed articles (real German news) feed the truncating, mutating and splicing
/// generators; the others build text from ``HostileVocabulary``. With `largest`
/// set, size-driven generators use their maximum size from ``HostileSizes``;
/// otherwise they draw a size at random.
public struct HostileInputGenerator: Sendable {
    public let seed: UInt64
    public let seeds: [[UInt8]]
    public let sizes: HostileSizes

    public init(seed: UInt64, seeds: [[UInt8]], sizes: HostileSizes = .full) {
        self.seed = seed
        self.seeds = seeds.isEmpty ? [Array(HostileVocabulary.sentences.joined(separator: " ").utf8)] : seeds
        self.sizes = sizes
    }

    /// Input number `index` of kind `kind`.
    public func input(_ kind: HostileKind, index: Int, largest: Bool = false) -> HostileInput {
        var random = SplitMix64(seed: seed, index: index)
        func size(_ maximum: Int) -> Int { largest ? maximum : random.uniform(in: 1...max(1, maximum)) }
        let bytes: [UInt8]
        switch kind {
        case .randomBytes:
            bytes = (0..<size(sizes.randomText)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case .randomText:
            bytes = randomText(scalars: size(sizes.randomText) / 2, &random)
        case .truncatedSeed:
            let article = random.pick(seeds)
            bytes = Array(article.prefix(random.uniform(article.count + 1)))
        case .mutatedSeed:
            bytes = mutated(random.pick(seeds), &random)
        case .splicedSeeds:
            bytes = (0..<random.uniform(in: 2...8)).flatMap { _ -> [UInt8] in
                let article = random.pick(seeds)
                let start = random.uniform(article.count)
                return Array(article[start..<min(article.count, start + random.uniform(in: 1...4_000))])
            }
        case .hugeLine:
            bytes = Array(("date 2025-02\n" + repeated("Russland lehnt Sicherheitsgarantien und einen Nato-Beitritt ab, sagte Putin und ", toBytes: size(sizes.hugeLine))).utf8)
        case .oversizedFile:
            bytes = [UInt8](repeating: UInt8(ascii: "a"), count: sizes.oversizedFile)
        case .nestedQuotes:
            bytes = Array(nestedQuotes(depth: size(sizes.repetitions), &random).utf8)
        case .partyList:
            let names = (0..<size(sizes.repetitions)).map { _ in random.pick(HostileVocabulary.parties) }
            bytes = Array(("date 2025-02\n" + names.joined(separator: ", ") + " lehnen Sicherheitsgarantien und Gebietsabtretungen ab, sagte Selenskyj.").utf8)
        case .cueStorm:
            let clauses = (0..<size(sizes.repetitions)).map { _ in random.pick(HostileVocabulary.cueClauses) }
            bytes = Array(("date 2025-02\n" + clauses.joined(separator: ", ") + ".").utf8)
        case .repeatedStatement:
            let sentence = random.pick(HostileVocabulary.sentences)
            let count = size(sizes.hugeLine) / (sentence.utf8.count + 1)
            bytes = Array(("date 2025-02\n" + Array(repeating: sentence, count: max(1, count)).joined(separator: " ")).utf8)
        case .tinySentences:
            let pieces = ["Ab.", "Kiew?", "A!", "Nein.", "Ja…", "„Nie.“", "Putin.", "1."]
            let count = size(sizes.hugeLine) / 5
            bytes = Array(("date 2025-02\n" + (0..<count).map { _ in random.pick(pieces) }.joined(separator: " ")).utf8)
        case .longWords:
            bytes = longWords(size(sizes.longWord), &random)
        case .digitsAndDates:
            bytes = Array(digits(count: size(sizes.repetitions), &random).utf8)
        case .controlCharacters:
            bytes = sprinkled(random.pick(seeds), with: HostileVocabulary.controls.map { String($0) }, &random)
        case .exoticScripts:
            bytes = exotic(random.pick(seeds), marks: size(sizes.repetitions), &random)
        case .gapBait:
            bytes = HostileCodebook.baitText(bytes: size(sizes.hugeLine / 5))
        }
        return HostileInput(kind: kind, index: index, bytes: bytes)
    }

    private func repeated(_ piece: String, toBytes count: Int) -> String {
        String(repeating: piece, count: max(1, count / piece.utf8.count))
    }

    private func randomText(scalars: Int, _ random: inout SplitMix64) -> [UInt8] {
        var text = String.UnicodeScalarView()
        let letters = Array("aAäÄbBdDeEnNrRsSßtTuUüÜ0123456789".unicodeScalars)
        for _ in 0..<scalars {
            switch random.uniform(10) {
            case 0..<6: text.append(random.pick(letters))
            case 6..<8: text.append(random.pick(HostileVocabulary.punctuation))
            case 8: text.append(random.pick(HostileVocabulary.quotes))
            default: text.append(contentsOf: random.pick(HostileVocabulary.parties).unicodeScalars)
            }
        }
        return Array(String(text).utf8)
    }

    private func mutated(_ article: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = article
        for _ in 0..<random.uniform(in: 1...32) where !bytes.isEmpty {
            let at = random.uniform(bytes.count)
            switch random.uniform(4) {
            case 0: bytes[at] ^= UInt8(truncatingIfNeeded: 1 << random.uniform(8))
            case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 2: bytes.remove(at: at)
            default:
                let chunk = bytes[at..<min(bytes.count, at + random.uniform(in: 1...200))]
                bytes.insert(contentsOf: Array(repeating: Array(chunk), count: random.uniform(in: 1...50)).joined(), at: at)
            }
        }
        return bytes
    }

    private func nestedQuotes(depth: Int, _ random: inout SplitMix64) -> String {
        var opening = ""
        var closing = ""
        for level in 0..<depth {
            let quote = String(random.pick(HostileVocabulary.quotes))
            opening += quote + (level % 50 == 0 ? random.pick(HostileVocabulary.cueClauses) + " " : "")
            closing = quote + closing
        }
        return "date 2025-02\n" + opening + random.pick(HostileVocabulary.sentences) + closing + " sagte Putin."
    }

    private func longWords(_ count: Int, _ random: inout SplitMix64) -> [UInt8] {
        let forms = ["Sicherheitsgarantie", "a.", "A.", "1.", "Nato-", "x"]
        let form = random.pick(forms)
        let word = repeated(form, toBytes: count)
        return Array(("date 2025-02\nSelenskyj fordert " + word + " und Sicherheitsgarantien. " + word).utf8)
    }

    private func digits(count: Int, _ random: inout SplitMix64) -> String {
        var text = "Stand: "
        for _ in 0..<count {
            switch random.uniform(6) {
            case 0: text += "\(random.uniform(in: 0...99)).\(random.uniform(in: 0...99)).\(random.uniform(in: 0...99_999)) "
            case 1: text += "\(random.uniform(in: 0...40)). Januar \(random.uniform(in: 0...9_999)) "
            case 2: text += String(repeating: "9", count: random.uniform(in: 1...400)) + " "
            case 3: text += "\(random.uniform(in: 0...99)). "
            case 4: text += "\(random.uniform(in: 0...9_999))-\(random.uniform(in: 0...99))-\(random.uniform(in: 0...99)) "
            default: text += "60.000.000.000,5 "
            }
        }
        return text + "\nSelenskyj fordert Sicherheitsgarantien."
    }

    private func sprinkled(_ article: [UInt8], with pieces: [String], _ random: inout SplitMix64) -> [UInt8] {
        var text = String(decoding: article, as: UTF8.self).unicodeScalars.map { String($0) }
        for _ in 0..<random.uniform(in: 1...max(1, text.count / 4)) where !text.isEmpty {
            text.insert(random.pick(pieces), at: random.uniform(text.count))
        }
        return Array(text.joined().utf8)
    }

    private func exotic(_ article: [UInt8], marks: Int, _ random: inout SplitMix64) -> [UInt8] {
        var bytes = sprinkled(article, with: HostileVocabulary.exotic, &random)
        let combining = ["\u{0301}", "\u{0316}", "\u{0327}", "\u{0308}", "\u{20DD}", "\u{0345}"]
        let run = (0..<marks * 10).map { _ in random.pick(combining) }.joined()
        bytes += Array(("\nSelenskyj" + run + " fordert Sicherheitsgarantien" + run + ".").utf8)
        return bytes
    }
}
