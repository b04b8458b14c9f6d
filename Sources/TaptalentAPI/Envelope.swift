import Foundation

/// The three success envelopes the API uses: `{"status":"success","data":X}` (assessments),
/// `{"success":true,"data":X}`, and a bare `X` (jobs). Unknown fields are ignored at every level.
public enum Envelope {
    /// Which envelope a success body came in.
    public enum Form: String, Sendable, Hashable {
        case statusSuccess = "{\"status\":\"success\",\"data\":…}"
        case successTrue = "{\"success\":true,\"data\":…}"
        case bare = "a bare object"
    }

    /// Decodes `T` from a success body in any of the three forms.
    /// - Throws: `DecodingError`, with a coding path that starts at `data` when the body was enveloped.
    public static func decode<T: Decodable>(_ type: T.Type, from body: Data) throws -> T {
        switch try form(of: body) {
        case .statusSuccess, .successTrue:
            return try JSONCoding.decoder.decode(DataEnvelope<T>.self, from: body).data
        case .bare:
            return try JSONCoding.decoder.decode(T.self, from: body)
        }
    }

    /// Tells the envelope apart: an object with `data` and `status: "success"` or `success: true` is
    /// enveloped; anything else is bare.
    public static func form(of body: Data) throws -> Form {
        let marker = try JSONCoding.decoder.decode(Marker.self, from: body)
        guard marker.hasData else { return .bare }
        if marker.status == WireEnvelope.success { return .statusSuccess }
        if marker.success == true { return .successTrue }
        return .bare
    }

    private struct DataEnvelope<Payload: Decodable>: Decodable {
        var data: Payload
    }

    /// Reads only the envelope's marker fields; tolerates any body (an array or a scalar is "bare").
    private struct Marker: Decodable {
        var status: String?
        var success: Bool?
        var hasData = false

        enum CodingKeys: String, CodingKey { case status, success, data }

        init(from decoder: any Decoder) throws {
            guard let container = try? decoder.container(keyedBy: CodingKeys.self) else { return }
            status = try? container.decodeIfPresent(String.self, forKey: .status)
            success = try? container.decodeIfPresent(Bool.self, forKey: .success)
            hasData = container.contains(.data)
        }
    }
}
