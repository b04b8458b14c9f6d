/// An append-only array stored in chunks of `chunkLength` elements, each allocated once at its full
/// size: growing never copies the elements or holds them twice (a Swift array doubles, and while it
/// copies, its old and new buffers are both alive), and every chunk is the same size, so that a chunk
/// freed by one index is reused whole by the next instead of leaving a hole in the heap.
struct ChunkedArray<Element> {
    /// Elements per chunk: a power of two, so that an index splits into chunk and offset with shifts.
    static var chunkLength: Int { 1 << chunkShift }
    private static var chunkShift: Int { 12 }

    private var chunks: [[Element]] = []

    private(set) var count = 0

    mutating func append(_ element: Element) {
        if count & (Self.chunkLength - 1) == 0 {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkLength)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    subscript(index: Int) -> Element {
        get { chunks[index >> Self.chunkShift][index & (Self.chunkLength - 1)] }
        set { chunks[index >> Self.chunkShift][index & (Self.chunkLength - 1)] = newValue }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
