/// Keys' bytes, each stored once as a record (its length in LEB128, then the bytes) in chunks of 64 KiB,
/// each allocated once at its full size: growing never copies or holds the bytes twice, and a freed chunk
/// is reused whole by the next one. A record never spans two chunks; one longer than a chunk gets a
/// chunk of its own. A record is found by its 32-bit position: chunk number × 2^16 + offset in the chunk,
/// so that at most 65,536 chunks (4 GiB of keys) are held.
struct KeyBytes {
    private static let offsetBits = 16
    /// The size of a chunk in bytes (a longer record gets a chunk of its own, of its size).
    static var chunkSize: Int { 1 << offsetBits }
    static var maxChunks: Int { 1 << (32 - offsetBits) }

    private var chunks: [[UInt8]] = []

    /// Stores `key` and returns its position.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let size = Self.prefixSize(key.count) + key.count
        if chunks.isEmpty || chunks[chunks.count - 1].count + size > Self.chunkSize {
            precondition(chunks.count < Self.maxChunks, "an address index holds at most 4 GiB of addresses")
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(size, Self.chunkSize))
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        let position = UInt32(last) << Self.offsetBits | UInt32(chunks[last].count)
        var length = key.count
        repeat {
            chunks[last].append(UInt8(length & 0x7F) | (length > 0x7F ? 0x80 : 0))
            length >>= 7
        } while length > 0
        chunks[last].append(contentsOf: key)
        return position
    }

    /// Calls `body` with the bytes of the key stored at `position`.
    func withKey<Result>(at position: UInt32, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try chunks[Int(position >> Self.offsetBits)].withUnsafeBufferPointer { chunk in
            var index = Int(position & (1 << Self.offsetBits - 1))
            var length = 0
            var shift = 0
            while true {
                let byte = chunk[index]
                index += 1
                length |= Int(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            return try body(UnsafeBufferPointer(rebasing: chunk[index ..< index + length]))
        }
    }

    /// The bytes LEB128 takes for `length`.
    private static func prefixSize(_ length: Int) -> Int {
        max(1, (Int.bitWidth - length.leadingZeroBitCount + 6) / 7)
    }
}
