import Foundation
public import StanceLogCore
public import StanceLogTimeline

/// Parses `--as-of`: a sequence number, or a moment in the forms people type.
///
/// Accepted: `42`; `2025-11-23` (its midnight UTC); `2025-11-23T09:40`, `…T09:40:00`,
/// `…T09:40:00.123` with `Z`, an offset (`+01:00`, `-0500`) or nothing (UTC); and the
/// same with a space instead of `T` (`2025-11-23 09:40`).
public enum AsOfArgument {
    /// The moment `text` names; nil when it is none of the accepted forms.
    public static func parse(_ text: String) -> AsOf? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let sequence = Int64(text) {
            return .sequence(sequence)
        }
        if text.count == 10 { return RecordTime(iso8601: text).map(AsOf.recorded) }
        guard text.count >= 16, text.allSatisfy(\.isASCII) else { return nil }
        let characters = Array(text)
        guard characters[10] == "T" || characters[10] == " " else { return nil }
        var clock = String(characters[11...])
        var offsetMinutes = 0
        if clock.hasSuffix("Z") {
            clock.removeLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = clock[clock.index(after: sign)...].replacingOccurrences(of: ":", with: "")
            guard offset.count == 4 || offset.count == 2, offset.allSatisfy(\.isNumber),
                let hours = Int(offset.prefix(2)), let minutes = Int(offset.dropFirst(2).isEmpty ? "0" : String(offset.dropFirst(2))),
                hours <= 23, minutes <= 59
            else { return nil }
            offsetMinutes = (hours * 60 + minutes) * (clock[sign] == "-" ? -1 : 1)
            clock = String(clock[..<sign])
        }
        if clock.count == 5 { clock += ":00" }
        guard let local = RecordTime(iso8601: String(characters[..<10]) + "T" + clock + "Z") else { return nil }
        return .recorded(RecordTime(milliseconds: local.milliseconds - Int64(offsetMinutes) * 60_000))
    }

    /// The accepted forms, for messages.
    public static let forms = "a sequence number (42), a date (2025-11-23), or a time such as 2025-11-23T09:40:00Z, "
        + "2026-12-01T19:02:50+01:00 or '2025-11-23 09:40' (UTC unless an offset is given)"
}
