import Foundation

/// The transport rule for the base URL: HTTPS anywhere, plain HTTP only to a loopback host.
public enum URLSafety {
    /// Why `url` may not be used, or `nil` when it may.
    public static func problem(with url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased() else {
            return "\(url.absoluteString) has no scheme; use https://"
        }
        guard let host = url.host, !host.isEmpty else {
            return "\(url.absoluteString) has no host"
        }
        switch scheme {
        case "https": return nil
        case "http":
            return isLoopback(host) ? nil
                : "plain http:// is refused for \(host) (it would send the API key unencrypted); use https://, "
                    + "or http:// only to a loopback address (127.0.0.1, ::1, localhost)"
        default:
            return "\(scheme):// is not supported; use https://"
        }
    }

    /// True for `localhost`, 127.0.0.0/8 and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" { return true }
        if name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { part in
            guard let value = Int(part), part.allSatisfy(\.isNumber) else { return false }
            return (0...255).contains(value)
        }
    }
}
