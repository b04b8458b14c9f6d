import Foundation

/// The HTTP methods the Partner API uses.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE"

    /// Whether sending the request twice has the effect of sending it once.
    var isIdempotent: Bool { self != .post }
}

/// One request to the API, before it becomes a `URLRequest`.
struct APIRequest: Sendable {
    var method: HTTPMethod
    /// Below the base URL, already percent-encoded, without a leading slash (e.g. `assessment/12`).
    var path: String
    var query: [URLQueryItem] = []
    var body: Data?
    /// Overrides the policy's `postRetry` for this request.
    var postRetry: PostRetry?

    /// The path as shown in errors and logs: `/assessment/12`.
    var displayPath: String { "/" + path }

    static func get(_ path: String, query: [URLQueryItem] = []) -> APIRequest {
        APIRequest(method: .get, path: path, query: query)
    }

    static func write<Body: Encodable>(_ method: HTTPMethod, _ path: String, _ body: Body, postRetry: PostRetry? = nil) throws -> APIRequest {
        APIRequest(method: method, path: path, body: try JSONCoding.encoder.encode(body), postRetry: postRetry)
    }

    static func pageQuery(page: Int, perPage: Int) -> [URLQueryItem] {
        [URLQueryItem(name: WireQuery.pageNumber, value: String(page)),
         URLQueryItem(name: WireQuery.perPage, value: String(perPage))]
    }
}

/// Shared JSON coders.
enum JSONCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    static let decoder = JSONDecoder()
}

/// Percent-encodes one path segment (an id) so that `/`, `?` or `#` in it cannot change the route.
public enum PathSegment {
    public static func escape(_ segment: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#;")
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }
}
