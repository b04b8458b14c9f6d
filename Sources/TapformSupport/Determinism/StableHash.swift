/// FNV-1a, 64 bits: a stable content hash (the same on every platform and run, unlike `Hasher`). For
/// change detection and stable orders, not security. `add` length-prefixes texts and marks optionals, so
/// that a sequence of fields hashes unambiguously; `of` hashes a text's bytes alone. Inlinable: the plan
/// hashes every question's text with it.
public struct StableHash: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable
    public init() {}

    /// The hash of `text`'s UTF-8 bytes, without a length prefix.
    @inlinable
    public static func of(_ text: String) -> UInt64 {
        var hash = StableHash()
        hash.add(bytes: text.utf8)
        return hash.value
    }

    @inlinable
    public mutating func add(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    @inlinable
    public mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte: byte) }
    }

    @inlinable
    public mutating func add(_ text: String) {
        var contiguous = text
        add(Int64(contiguous.utf8.count))
        contiguous.withUTF8 { buffer in
            for byte in buffer { add(byte: byte) }
        }
    }

    @inlinable
    public mutating func add(_ text: String?) {
        if let text { add(bytes: [1]); add(text) } else { add(bytes: [0]) }
    }

    @inlinable
    public mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add(bytes: $0) }
    }

    @inlinable
    public mutating func add(_ number: Int) { add(Int64(number)) }

    @inlinable
    public mutating func add(_ flag: Bool) { add(bytes: [flag ? 1 : 0]) }

    @inlinable
    public var value: UInt64 { state }

    /// 16 lower-case hex digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
