/// FNV-1a, 64 bit: a hash that is the same in every process and on every platform (unlike `Hasher`),
/// so generated questions are stable across runs.
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
