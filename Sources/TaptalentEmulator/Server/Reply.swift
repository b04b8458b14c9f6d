import Foundation
import HTTPTypes
import Hummingbird
import TaptalentAPI

/// JSON responses: the assessments' success envelope, the bare form (jobs) and the error envelope.
enum Reply {
    /// `{"status":"success","data":<data>}`, as the assessment endpoints answer.
    private struct StatusSuccess<Payload: Encodable>: Encodable {
        let status = WireEnvelope.success
        let data: Payload
    }

    static func success<T: Encodable>(_ data: T) throws(APIError) -> Response {
        json(.ok, try encode(StatusSuccess(data: data)))
    }

    /// The value itself, no envelope (jobs).
    static func bare<T: Encodable>(_ value: T) throws(APIError) -> Response {
        json(.ok, try encode(value))
    }

    static func error(_ error: APIError) -> Response {
        let body = (try? encode(error.envelope)) ?? Data()
        var response = error.closesConnection ? closing(.init(code: error.status), body) : json(.init(code: error.status), body)
        for (name, value) in error.headers {
            if let field = HTTPField.Name(name) { response.headers[field] = value }
        }
        return response
    }

    /// A JSON answer with `Connection: close` after which the connection is closed, also when the request
    /// was not read to its end: the body is written whole, then the writer throws (before its end, which
    /// for a body of known length sends nothing), and Hummingbird closes the connection on an error.
    /// Without this it would read and discard the rest of the request first.
    private static func closing(_ status: HTTPResponse.Status, _ body: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = WireHeader.json
        headers[.connection] = "close"
        let buffer = ByteBuffer(bytes: body)
        return Response(status: status, headers: headers, body: ResponseBody(contentLength: buffer.readableBytes) { writer in
            try await writer.write(buffer)
            throw ConnectionClosed()
        })
    }

    private struct ConnectionClosed: Error {}

    static func json(_ status: HTTPResponse.Status, _ body: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = WireHeader.json
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    private static func encode<T: Encodable>(_ value: T) throws(APIError) -> Data {
        do { return try JSONCoder.data(value) } catch { throw .internalError("The response could not be encoded.") }
    }
}
