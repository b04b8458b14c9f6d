import Testing
@testable import TapformInvite

@Suite("Chunked array")
struct ChunkedArrayTests {
    @Test func appendsAndReplacesAcrossChunks() {
        let length = ChunkedArray<String>.chunkLength
        var array = ChunkedArray<String>()
        var model: [String] = []
        for number in 0 ..< length * 3 + 1 {
            array.append("\(number)")
            model.append("\(number)")
        }
        for index in [0, length - 1, length, length * 2, length * 3] {
            array[index] += "!"
            model[index] += "!"
        }
        #expect(array.count == model.count)
        #expect((0 ..< array.count).map { array[$0] } == model)
    }
}
