/// FNV-1a, 64 bits, over length-prefixed fields: a stable content hash (the same on every platform and
/// run, unlike `Hasher`). For change detection, not security.
struct StableHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01b3
        }
    }

    mutating func add(_ text: String) {
        add(Int64(text.utf8.count))
        add(bytes: text.utf8)
    }

    mutating func add(_ text: String?) {
        if let text { add(bytes: [1]); add(text) } else { add(bytes: [0]) }
    }

    mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add(bytes: $0) }
    }

    mutating func add(_ number: Int) { add(Int64(number)) }

    mutating func add(_ flag: Bool) { add(bytes: [flag ? 1 : 0]) }

    /// 16 lower-case hex digits.
    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
