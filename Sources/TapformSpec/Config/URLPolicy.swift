import Foundation

/// Environment URLs: they must parse, use https (plain http only to a loopback host), and carry no
/// credentials, query or fragment. Messages never repeat the URL (it could hold a secret).
enum URLPolicy {
    enum Problem: Error, Equatable {
        case unparseable
        case insecure
        case credentials
        case unsupportedScheme
    }

    static func check(_ text: String) -> Result<URL, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let url = components.url,
              let host = components.host, !host.isEmpty, let scheme = components.scheme?.lowercased() else {
            return .failure(.unparseable)
        }
        if components.user != nil || components.password != nil { return .failure(.credentials) }
        if components.query != nil || components.fragment != nil { return .failure(.unparseable) }
        switch scheme {
        case "https": return .success(url)
        case "http": return isLoopback(host) ? .success(url) : .failure(.insecure)
        default: return .failure(.unsupportedScheme)
        }
    }

    /// `localhost`, `*.localhost`, 127.0.0.0/8 and ::1.
    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host.hasSuffix(".localhost") || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
