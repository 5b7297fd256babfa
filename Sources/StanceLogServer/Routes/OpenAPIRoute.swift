import Foundation
import Hummingbird
import StanceLogCore

/// `GET /api/v1/openapi.yaml`: the OpenAPI 3.1 description of this server, bundled with it.
struct OpenAPIRoute {
    func add(to router: Router<some RequestContext>) {
        router.get("api/v1/openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: try Self.document())))
        }
    }

    /// The bundled `openapi.yaml`.
    ///
    /// - Throws: ``StanceLogError`` `unreadableFile` when the resource is missing from the build.
    static func document() throws -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let data = try? Data(contentsOf: url)
        else {
            throw StanceLogError(.unreadableFile, "openapi.yaml is missing from the server's resources", hint: "rebuild stancelog")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
