/// One pass over an invite file's row outcomes as an `AsyncSequence`, for a sending loop in async
/// code: `for try await outcome in batch.outcomes() { … }`. The file is opened on the first `next()`
/// and read in chunks, so memory stays flat. Internal: only the tests use it (the use cases read `rows()`).
struct InviteOutcomes: AsyncSequence, Sendable {
    typealias Element = InviteRowOutcome

    let batch: InviteBatch

    struct AsyncIterator: AsyncIteratorProtocol {
        let batch: InviteBatch
        var reader: InviteRowReader?

        mutating func next() async throws -> InviteRowOutcome? {
            if reader == nil { reader = try batch.rows() }
            return try reader?.next()
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(batch: batch, reader: nil)
    }
}

extension InviteBatch {
    /// A fresh pass over the rows, as an `AsyncSequence`.
    func outcomes() -> InviteOutcomes {
        InviteOutcomes(batch: self)
    }
}
