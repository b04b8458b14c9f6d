import HTTPTypes
import Hummingbird

/// The `dropAfterWrite` fault: after the write was applied, the connection is closed without a valid
/// answer. The response's body writer throws before writing a byte; Hummingbird then closes the channel.
/// The head declares a body that never comes, so a client that sees the head still gets a transport
/// error (a truncated response), never a usable answer.
enum DroppedConnection {
    struct Dropped: Error {}

    /// Marks the response for the request log, which removes the marker before anything is sent.
    static let marker = HTTPField.Name("x-sandbox-dropped")!

    static func response() -> Response {
        var headers = HTTPFields()
        headers[marker] = "1"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody(contentLength: 64) { _ in throw Dropped() }
        )
    }
}
