import Foundation

/// The inflected forms of the verbs the codebook names by lemma, from `verb-forms.tsv`.
///
/// The table is generated at development time by `Scripts/generate-verb-forms` (with the
/// rule-based conjugator ablaut) and committed; it is read once per process. Each form is the
/// finite verb with its separated particle when it has one ("lehnt" + "ab"), or a whole word
/// ("ablehnt", "abgelehnt", "abzulehnen").
struct VerbForms: Sendable {
    struct Form: Hashable, Sendable {
        let word: String
        let particle: String?
    }

    private let forms: [String: [Form]]

    init(table: String) {
        var forms: [String: [Form]] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[1].isEmpty else { continue }
            let particle = fields.count > 2 && !fields[2].isEmpty ? String(fields[2]) : nil
            forms[String(fields[0]), default: []].append(Form(word: String(fields[1]), particle: particle))
        }
        self.forms = forms
    }

    /// The forms of `lemma`, in table order; empty for a verb the table does not have.
    func forms(of lemma: String) -> [Form] { forms[lemma.lowercased()] ?? [] }

    /// The table bundled with the program.
    static let bundled: VerbForms = {
        guard let url = Bundle.module.url(forResource: "verb-forms", withExtension: "tsv"),
            let table = try? String(contentsOf: url, encoding: .utf8)
        else { return VerbForms(table: "") }
        return VerbForms(table: table)
    }()
}
