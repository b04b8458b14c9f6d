/// One pass over an invite file's row outcomes as an `AsyncSequence`, for a sending loop in async
/// code: `for try await outcome in batch.outcomes() { … }`. The file is opened on the first `next()`
/// and read in chunks, so memory stays flat.
public struct InviteOutcomes: AsyncSequence, Sendable {
    public typealias Element = InviteRowOutcome

    let batch: InviteBatch

    public struct AsyncIterator: AsyncIteratorProtocol {
        let batch: InviteBatch
        var reader: InviteRowReader?

        public mutating func next() async throws -> InviteRowOutcome? {
            if reader == nil { reader = try batch.rows() }
            return try reader?.next()
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(batch: batch, reader: nil)
    }
}

extension InviteBatch {
    /// A fresh pass over the rows, as an `AsyncSequence`.
    public func outcomes() -> InviteOutcomes {
        InviteOutcomes(batch: self)
    }
}
