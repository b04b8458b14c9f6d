import Foundation

/// Opaque ids (24 random hex digits, like the service's; or digits, or UUIDs) and the clock.
enum Identifiers {
    /// A fresh random id in `style`; `isTaken` lets the caller rule out the (unlikely) collision.
    static func make(_ style: IdentifierStyle = .hex, isTaken: (String) -> Bool = { _ in false }) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let id: String
            switch style {
            case .hex:
                id = (0..<3).map { _ in
                    let hex = String(generator.next() as UInt32, radix: 16)
                    return String(repeating: "0", count: 8 - hex.count) + hex
                }.joined()
            case .integer:
                // 15 digits without a leading zero: exact as a JSON number (below 2^53).
                id = String(UInt64.random(in: 100_000_000_000_000...999_999_999_999_999, using: &generator))
            case .uuid:
                id = UUID().uuidString.lowercased()
            }
            if !isTaken(id) { return id }
        }
    }

    /// Now, in epoch milliseconds.
    static func nowMillis() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}
