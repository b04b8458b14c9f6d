import HTTPTypes
import Hummingbird

/// The `dropAfterWrite` fault: after the write was applied, the connection is closed without a valid
/// answer. The status line and headers go out, declaring a 64-byte body; the body writer then throws
/// before writing a byte, and Hummingbird closes the connection. The client sees a truncated response,
/// a transport error. (Closing before any byte is sent was tried and rejected: libcurl, under
/// URLSession on Linux, then silently resends the POST on a reused connection and hangs until its
/// timeout; a truncated response fails at once and is never resent.)
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
