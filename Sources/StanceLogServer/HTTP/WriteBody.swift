import Foundation
import Hummingbird
import StanceLogAPI
import StanceLogCore
import StanceLogIngest

/// The JSON body of `POST /api/v1/statements`, `…/correction` and `…/retraction`: the CLI's options as keys.
///
/// Every key is optional here; each route says which it needs, so a missing one gets a
/// message naming it rather than a decoder's path.
struct WriteBody: Decodable {
    var article: String?
    var party: String?
    var topic: String?
    var stance: Int?
    var attribution: String?
    var speaker: String?
    var evidence: String?
    var date: String?
    var reason: String?

    /// The body of `request`, at most `limit` bytes of JSON.
    ///
    /// - Throws: ``APIError`` 413 over the limit; ``StanceLogError`` `invalidInput` when it is not such a JSON object.
    static func read(_ request: Request, limit: Int) async throws -> WriteBody {
        let buffer = try await request.body.collect(upTo: limit)
        do {
            return try JSONDecoder().decode(WriteBody.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidInput, "the request body is not a JSON object of the expected keys: \(Self.reason(error))",
                hint: "send {\"article\", \"party\", \"topic\", \"stance\", \"evidence\", …} as in /api/v1/openapi.yaml")
        }
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "\(path): ") + context.debugDescription
        @unknown default:
            return String(describing: error)
        }
    }

    /// The value of a key the route needs.
    ///
    /// - Throws: ``StanceLogError`` `invalidInput` naming the missing key.
    func required<Value>(_ value: Value?, _ key: String) throws -> Value {
        guard let value else {
            throw StanceLogError(.invalidInput, "the request body has no \"\(key)\"", hint: "add \"\(key)\" to the JSON object")
        }
        return value
    }

    /// `stance` on the scale −2…+2, nil when absent.
    func checkedStance() throws -> Stance? {
        guard let stance else { return nil }
        guard let checked = Stance(stance) else {
            throw StanceLogError(
                .invalidInput,
                "stance \(stance) is outside the scale -2…+2 (-2 rejects, -1 reluctant, 0 ambivalent, +1 open, +2 demands)",
                hint: "give stance as an integer from -2 to 2")
        }
        return checked
    }

    /// `attribution` (`direct`, `reported` or `inferred`), nil when absent.
    func checkedAttribution() throws -> Attribution? {
        guard let attribution else { return nil }
        guard let checked = Attribution(rawValue: attribution) else {
            throw StanceLogError(
                .invalidInput, "attribution '\(attribution)' is not direct, reported or inferred", hint: "give one of the three")
        }
        return checked
    }

    /// `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), nil when absent.
    func checkedDate() throws -> PartialDate? {
        try date.map { try DateText.parse($0, name: "date") }
    }
}
