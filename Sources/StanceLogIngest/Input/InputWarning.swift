/// Something `ingest` or `extract` noticed about its inputs and went on without.
public enum InputWarning: Hashable, Sendable, CustomStringConvertible {
    /// A file given explicitly (or by a glob) that is not an article; it is skipped.
    case notAnArticle(path: String, reason: NotAnArticle)
    /// A manifest entry whose `file` names no file in its folder.
    case unmatchedManifestEntry(manifest: String, file: String, nearest: String?)
    /// A manifest key stancelog does not know (a misspelling like `publishd`); it is ignored.
    case unknownManifestKey(manifest: String, file: String, key: String, nearest: String?)

    /// Why a file is not an article.
    public enum NotAnArticle: String, Hashable, Sendable {
        case manifest = "a manifest (it supplies dates, outlets and URLs of the files beside it)"
        case gold = "a gold annotation"
        case json = "a JSON file"
        /// A NUL byte in its first 8 KiB.
        case binary = "a binary file"

        /// The reason a file name alone gives; nil when the name may be an article's.
        init?(name: String) {
            let lowered = name.lowercased()
            if lowered == "manifest.json" {
                self = .manifest
            } else if lowered.hasSuffix(".gold.json") {
                self = .gold
            } else if lowered.hasSuffix(".json") {
                self = .json
            } else {
                return nil
            }
        }
    }

    public var description: String {
        switch self {
        case .notAnArticle(let path, let reason):
            return "skipped \(path): \(reason.rawValue), not an article"
        case .unmatchedManifestEntry(let manifest, let file, let nearest):
            return "\(manifest): the entry for \"\(file)\" matches no file in its folder"
                + (nearest.map { " (did you mean \"\($0)\"?)" } ?? "")
        case .unknownManifestKey(let manifest, let file, let key, let nearest):
            return "\(manifest): unknown key \"\(key)\" in the entry for \"\(file)\" is ignored"
                + (nearest.map { " (did you mean \"\($0)\"?)" } ?? "")
        }
    }

    /// The candidate closest to `name` by edit distance, if it is close enough to be a slip.
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: editDistance(Array(name), Array($0))) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }),
            best.distance <= max(2, name.count / 3)
        else { return nil }
        return best.candidate
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
