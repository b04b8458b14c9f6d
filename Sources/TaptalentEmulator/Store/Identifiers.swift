import Foundation

/// Opaque ids (24 random hex digits, like the service's) and the clock.
enum Identifiers {
    /// A fresh random id; `isTaken` lets the caller rule out the (vanishingly unlikely) collision.
    static func make(isTaken: (String) -> Bool = { _ in false }) -> String {
        while true {
            var generator = SystemRandomNumberGenerator()
            let id = (0..<3).map { _ in
                let hex = String(generator.next() as UInt32, radix: 16)
                return String(repeating: "0", count: 8 - hex.count) + hex
            }.joined()
            if !isTaken(id) { return id }
        }
    }

    /// Now, in epoch milliseconds.
    static func nowMillis() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}
