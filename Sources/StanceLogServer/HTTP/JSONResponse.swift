import Hummingbird
import StanceLogAPI

/// Responses whose body is the CLI's JSON text, byte for byte.
enum JSONResponse {
    /// `text` as an `application/json` body, ended by a line feed as the CLI prints it.
    static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        let body = text.utf8.last == 0x0A ? text : text + "\n"
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// `value` encoded as the CLI encodes it (``QueryJSON``).
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        text(try QueryJSON.encode(value), status: status)
    }
}
