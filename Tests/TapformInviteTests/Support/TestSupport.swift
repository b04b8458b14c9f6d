import Foundation
@testable import TapformInvite

/// Reads all data records of `text` with the given chunk size.
func readAll(_ text: String, chunkSize: Int = CSVReader.defaultChunkSize) throws -> (header: [String], records: [CSVRecord]) {
    try readAll(bytes: Array(text.utf8), chunkSize: chunkSize)
}

func readAll(bytes: [UInt8], chunkSize: Int = CSVReader.defaultChunkSize) throws -> (header: [String], records: [CSVRecord]) {
    let reader = try CSVReader(bytes: bytes, name: "t.csv", chunkSize: chunkSize)
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    return (reader.header, records)
}

/// Reading with every tiny chunk size gives the same result as reading in one chunk.
func readWithAllChunkSizes(bytes: [UInt8]) throws -> (header: [String], records: [CSVRecord]) {
    let whole = try readAll(bytes: bytes)
    for size in 1...7 {
        let chunked = try readAll(bytes: bytes, chunkSize: size)
        guard chunked.header == whole.header, chunked.records == whole.records else {
            throw ChunkMismatch(chunkSize: size)
        }
    }
    return whole
}

struct ChunkMismatch: Error, CustomStringConvertible {
    var chunkSize: Int
    var description: String { "reading in chunks of \(chunkSize) bytes gave a different result" }
}

/// The error a throwing expression raised, as a `CSVError`.
func csvError(_ body: () throws -> Void) -> CSVError? {
    do {
        try body()
        return nil
    } catch {
        return error as? CSVError
    }
}

/// The error reading `bytes` raises; the same error for every chunk size from 1 to 7 and for one chunk.
func readErrorWithAllChunkSizes(bytes: [UInt8]) throws -> CSVError? {
    let whole = csvError { _ = try readAll(bytes: bytes) }
    for size in 1...7 {
        let chunked = csvError { _ = try readAll(bytes: bytes, chunkSize: size) }
        guard chunked == whole else { throw ChunkMismatch(chunkSize: size) }
    }
    return whole
}
