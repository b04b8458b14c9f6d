import Foundation
import HTTPTypes
import Hummingbird
import TaptalentAPI

/// JSON responses: the assessments' success envelope, the bare form (jobs) and the error envelope, as
/// the variant being served writes them (`WireVariant.current`).
enum Reply {
    /// `{"status":"success","data":<data>}`, as the assessment endpoints answer.
    private struct StatusSuccess<Payload: Encodable>: Encodable {
        let status = WireEnvelope.success
        let data: Payload
    }

    /// `{"success":true,"data":<data>}`, the other documented envelope.
    private struct SuccessTrue<Payload: Encodable>: Encodable {
        let success = true
        let data: Payload
    }

    static func success<T: Encodable>(_ data: T) throws(APIError) -> Response {
        try answer(data, documented: .statusSuccess)
    }

    /// The value itself, no envelope (jobs, and the test controls).
    static func bare<T: Encodable>(_ value: T) throws(APIError) -> Response {
        try answer(value, documented: .bare)
    }

    private static func answer<T: Encodable>(_ data: T, documented: Envelope.Form) throws(APIError) -> Response {
        let variant = WireVariant.current
        if variant == .documented {
            return json(.ok, try documented == .bare ? encode(data) : encode(StatusSuccess(data: data)))
        }
        guard let value = JSONCoder.value(of: data) else { throw .internalError("The response could not be encoded.") }
        let reshaped = variant.reshape(value)
        switch variant.envelope(documented: documented) {
        case .statusSuccess: return json(.ok, try encode(StatusSuccess(data: reshaped)))
        case .successTrue: return json(.ok, try encode(SuccessTrue(data: reshaped)))
        case .bare: return json(.ok, try encode(reshaped))
        }
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
