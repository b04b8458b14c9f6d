import TaptalentAPI

/// An error answer of the API, in the documented envelope. Thrown by validation, the store and the
/// routes; turned into a response by `ErrorAndLogMiddleware`.
struct APIError: Error, Sendable {
    var status: Int
    var code: String
    var type: String
    var message: String
    var details: [String: String]?
    /// Extra response headers (e.g. `Retry-After`).
    var headers: [String: String] = [:]
    /// Answered before the whole request was read (a body over the limit): the answer says
    /// `Connection: close` and the connection is closed after it, so the client stops sending.
    var closesConnection = false

    var envelope: WireErrorEnvelope {
        WireErrorEnvelope(error: .init(code: code, type: type, message: message, details: details))
    }

    /// 400 with one message per field.
    static func invalid(_ details: [String: String]) -> APIError {
        APIError(
            status: 400, code: WireErrorCode.invalidRequest, type: WireErrorType.validation,
            message: "One or more fields are invalid.", details: details
        )
    }

    static func invalid(field: String, _ message: String) -> APIError { invalid([field: message]) }

    /// The body is larger than the emulator reads; answered before the rest of it arrives.
    static func bodyTooLarge(maxBytes: Int) -> APIError {
        var error = invalid(field: "body", "\"body\" must be at most \(maxBytes) bytes")
        error.closesConnection = true
        return error
    }

    /// The body is not declared JSON (`WireRequestRules`).
    static func notDeclaredJSON(_ found: String?) -> APIError {
        let field = WireRequestRules.contentTypeDetail
        let what = found.map { "is \"\(TextExcerpt.short($0))\"" } ?? "is missing"
        return invalid(field: field, "\"\(field)\" must be \(WireHeader.json), it \(what)")
    }

    static func malformedJSON(_ reason: String) -> APIError {
        APIError(
            status: 400, code: WireErrorCode.invalidRequest, type: WireErrorType.validation,
            message: "The request body is not valid JSON: \(reason)", details: ["body": "\"body\" must be valid JSON"]
        )
    }

    static let unauthorized = APIError(
        status: 401, code: WireErrorCode.unauthorized, type: WireErrorType.authentication,
        message: "A valid API key is required: send it as \"Authorization: Bearer <key>\".", details: nil
    )

    static func notFound(_ what: String) -> APIError {
        APIError(status: 404, code: WireErrorCode.notFound, type: WireErrorType.notFound, message: what, details: nil)
    }

    static let routeNotFound = notFound("No such route.")

    static func internalError(_ message: String) -> APIError {
        APIError(status: 500, code: WireErrorCode.internalError, type: WireErrorType.api, message: message, details: nil)
    }

    static func rateLimited(retryAfter: String) -> APIError {
        APIError(
            status: 429, code: WireErrorCode.rateLimited, type: WireErrorType.rateLimit,
            message: "Too many requests; retry later.", details: nil, headers: [WireHeader.retryAfter: retryAfter]
        )
    }
}
