import Testing
@testable import TapformInvite

@Suite("Key bytes")
struct KeyBytesTests {
    private func store(_ keys: [[UInt8]]) -> (KeyBytes, [UInt32]) {
        var bytes = KeyBytes()
        let positions = keys.map { key in key.withUnsafeBufferPointer { bytes.append($0) } }
        return (bytes, positions)
    }

    private func stored(_ bytes: KeyBytes, _ position: UInt32) -> [UInt8] {
        bytes.withKey(at: position) { Array($0) }
    }

    /// Records that fill a chunk to its last byte, one byte too many, the empty key, and lengths around
    /// the 1- and 2-byte length prefixes: each reads back as it was written.
    @Test func recordsAtChunkEdgesReadBack() {
        let chunk = KeyBytes.chunkSize
        // 3 bytes of prefix are needed past 16,383 bytes: two records of chunk/2 - 3 fill one chunk exactly.
        let keys: [[UInt8]] = [
            Array(repeating: 1, count: chunk / 2 - 3), Array(repeating: 2, count: chunk / 2 - 3),
            [], Array(repeating: 3, count: 127), Array(repeating: 4, count: 128),
            Array(repeating: 5, count: chunk - 3 - 1 - 128 - 2 - 127 - 1), [9],
            Array(repeating: 6, count: 16_383), Array(repeating: 7, count: 16_384),
        ]
        let (bytes, positions) = store(keys)
        for (key, position) in zip(keys, positions) { #expect(stored(bytes, position) == key) }
        // The first two share chunk 0; the next four fill chunk 1 to its end; [9] starts chunk 2.
        #expect(positions.map { $0 >> 16 } == [0, 0, 1, 1, 1, 1, 2, 2, 2])
        #expect(positions[6] & 0xFFFF == 0)
    }

    /// A key longer than a chunk gets a chunk of its own, and the next key starts a new one.
    @Test func aKeyLongerThanAChunkHasAChunkOfItsOwn() {
        let keys: [[UInt8]] = [[1, 2], Array(repeating: 8, count: KeyBytes.chunkSize * 3 + 5), [3]]
        let (bytes, positions) = store(keys)
        for (key, position) in zip(keys, positions) { #expect(stored(bytes, position) == key) }
        #expect(positions == [0, 1 << 16, 2 << 16])
    }
}
