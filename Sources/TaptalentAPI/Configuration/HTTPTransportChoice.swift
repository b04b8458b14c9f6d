import Foundation

/// Which transport sends the requests, as `TAPFORM_HTTP_TRANSPORT` says where tapform runs: `curl` (the
/// default; on Linux tapform's own libcurl transport) or `urlsession` (Foundation's URLSession; on Linux
/// each POST then goes on a fresh connection), a way back should the libcurl transport misbehave somewhere.
public enum HTTPTransportChoice: String, Sendable, CaseIterable {
    case curl
    case urlsession

    /// The environment variable that chooses.
    public static let variable = "TAPFORM_HTTP_TRANSPORT"

    /// What tapform sends with when the variable is unset.
    public static let standard = HTTPTransportChoice.curl

    /// Reads `TAPFORM_HTTP_TRANSPORT` from `environment`: unset or empty is `standard`.
    /// - Returns: a sentence naming the value and the choices when it is none of them.
    public static func fromEnvironment(_ environment: [String: String]) -> Result<HTTPTransportChoice, EnvironmentVariableProblem> {
        let value = (environment[variable] ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return .success(standard) }
        if let choice = HTTPTransportChoice(rawValue: value.lowercased()) { return .success(choice) }
        let choices = allCases.map(\.rawValue).joined(separator: " or ")
        return .failure(EnvironmentVariableProblem(message: "\(variable) holds \"\(TextExcerpt.short(value))\"; set it to \(choices), or unset it"))
    }

    /// A transport of this kind (`curl` is URLSession where libcurl cannot be used).
    public func make() -> any HTTPTransport {
        #if os(Linux)
        if self == .curl, let curl = CurlTransport() { return curl }
        #endif
        return URLSessionTransport()
    }
}
