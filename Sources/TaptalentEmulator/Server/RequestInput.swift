import Foundation
import Hummingbird
import TaptalentAPI

/// Reading a request: its JSON body, its page query, its path parameters.
enum RequestInput {
    /// Bodies larger than this are refused.
    static let maxBodyBytes = 1 << 20
    /// The request line and headers are read up to this size, so that an absurd id (100,000 characters)
    /// reaches the routes and is answered like any unknown id. Beyond it, the HTTP server answers an
    /// empty 400 and closes the connection.
    static let maxHeadBytes = 1 << 20

    /// The body as JSON; an empty body reads as `{}`. Malformed JSON is a 400, never a 500.
    static func json(_ request: inout Request) async throws(APIError) -> JSONValue {
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxBodyBytes)
        } catch {
            throw .bodyTooLarge(maxBytes: maxBodyBytes)
        }
        let data = Data(buffer.readableBytesView)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .object([:]) }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .malformedJSON(describe(error))
        }
    }

    /// Whether the request carries a body: a `Content-Length` other than 0, or a chunked one.
    static func hasBody(_ request: Request) -> Bool {
        if request.headers[.transferEncoding] != nil { return true }
        guard let length = request.headers[.contentLength] else { return false }
        return length.trimmingCharacters(in: .whitespaces) != "0"
    }

    /// Whether a `Content-Type` value declares JSON: `application/json`, parameters and case ignored.
    static func declaresJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == WireHeader.json
    }

    static func page(_ request: Request) throws(APIError) -> PageQuery {
        let query = request.uri.queryParameters
        return try PageQuery.parse(
            pageNumber: query.get(WireQuery.pageNumber), perPage: query.get(WireQuery.perPage)
        )
    }

    /// A path parameter the route pattern guarantees.
    static func parameter(_ context: BasicRequestContext, _ name: String) -> String {
        context.parameters.get(name) ?? ""
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return "it cannot be parsed"
    }
}
