import Foundation

/// The hosts the API key may be sent to: Taptalent's own (the hosts of the production and sandbox base
/// URLs, exactly: no other subdomain of Taptalent's domain), loopback, and the hosts the user allows with
/// `TAPFORM_ALLOWED_HOSTS`, a setting of the process that a pull request cannot change the way it can
/// change tapform.yaml. Host names match exactly (case-insensitive, a trailing dot ignored); there are no
/// wildcards.
public struct KeyDestinations: Sendable, Hashable {
    /// The environment variable that allows more hosts: host names separated by commas.
    public static let allowedHostsVariable = "TAPFORM_ALLOWED_HOSTS"

    /// Taptalent's own hosts, from the one declaration of its base URLs.
    public static let taptalentHosts: [String] = [
        TaptalentConfiguration.productionBaseURL, TaptalentConfiguration.sandboxBaseURL,
    ].compactMap { $0.host.map(normalise) }

    /// Only Taptalent's hosts and loopback.
    public static let taptalentOnly = KeyDestinations(extraHosts: [])

    /// Hosts allowed beyond Taptalent's and loopback, normalised.
    public let extraHosts: Set<String>

    public init(extraHosts: Set<String>) {
        self.extraHosts = Set(extraHosts.map(Self.normalise))
    }

    /// Reads `TAPFORM_ALLOWED_HOSTS` from `environment`; unset or empty allows no extra host.
    /// - Returns: a sentence naming the bad entry when one is not a plain host name.
    public static func fromEnvironment(_ environment: [String: String]) -> Result<KeyDestinations, Problem> {
        guard let value = environment[allowedHostsVariable] else { return .success(.taptalentOnly) }
        var hosts: Set<String> = []
        for entry in value.split(separator: ",") {
            let host = entry.trimmingCharacters(in: .whitespaces)
            if host.isEmpty { continue }
            guard isHostName(host) else {
                return .failure(Problem(message: "\(allowedHostsVariable) holds \"\(TextExcerpt.short(host))\", which is not a host "
                    + "name; list exact host names separated by commas, without scheme, port, path or wildcard "
                    + "(e.g. \(allowedHostsVariable)=api.example.com,staging.example.com)"))
            }
            hosts.insert(host)
        }
        return .success(KeyDestinations(extraHosts: hosts))
    }

    /// Why the key may not be sent to `url` (its transport, see `URLSafety`, or its host), and how to
    /// allow it; `nil` when it may.
    public func problem(with url: URL) -> String? {
        if let problem = URLSafety.problem(with: url) { return problem }
        guard let raw = url.host, !raw.isEmpty else { return "\(url.absoluteString) has no host" }
        let host = Self.normalise(raw)
        if Self.taptalentHosts.contains(host) || URLSafety.isLoopback(host) || extraHosts.contains(host) { return nil }
        return "the API key is sent only to Taptalent's hosts (\(Self.taptalentHosts.joined(separator: ", "))) "
            + "and to loopback addresses, and \(host) is neither; if \(host) is a host you trust with the key, "
            + "allow it with the environment variable \(Self.allowedHostsVariable)=\(host) (set where tapform runs, "
            + "e.g. in the CI workflow; tapform.yaml cannot allow a host)"
    }

    public typealias Problem = EnvironmentVariableProblem

    /// Lowercased, without IPv6 brackets or a trailing dot.
    static func normalise(_ host: String) -> String {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.hasSuffix(".") { name.removeLast() }
        return name
    }

    /// Letters, digits, `-` and `.` (a DNS name or IPv4 address), or an IPv6 address (hex digits and `:`,
    /// optionally in brackets).
    private static func isHostName(_ text: String) -> Bool {
        let name = normalise(text)
        guard !name.isEmpty, name.count <= 253 else { return false }
        if name.contains(":") {
            return name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        return name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "." }
            && !name.hasPrefix(".") && !name.contains("..")
    }
}
