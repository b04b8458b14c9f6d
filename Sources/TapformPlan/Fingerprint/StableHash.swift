/// FNV-1a, 64 bits, over length-prefixed fields: a stable content hash (the same on every platform and
/// run, unlike `Hasher`). For change detection, not security.
struct StableHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte: byte) }
    }

    mutating func add(_ text: String) {
        var contiguous = text
        add(Int64(contiguous.utf8.count))
        contiguous.withUTF8 { buffer in
            for byte in buffer { add(byte: byte) }
        }
    }

    mutating func add(_ text: String?) {
        if let text { add(bytes: [1]); add(text) } else { add(bytes: [0]) }
    }

    mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add(bytes: $0) }
    }

    mutating func add(_ number: Int) { add(Int64(number)) }

    mutating func add(_ flag: Bool) { add(bytes: [flag ? 1 : 0]) }

    var value: UInt64 { state }

    /// 16 lower-case hex digits.
    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
