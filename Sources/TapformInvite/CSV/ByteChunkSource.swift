import Foundation

/// Reads a file (or, for tests, in-memory bytes) in fixed-size chunks, so that memory stays flat
/// however long the file is.
final class ByteChunkSource {
    private let handle: FileHandle?
    private let data: [UInt8]
    private var offset = 0
    private let chunkSize: Int
    private let fileName: String

    init(url: URL, chunkSize: Int) throws {
        fileName = url.relativePath
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw CSVError(file: fileName, line: nil, reason: .unreadable(Self.explain(error)))
        }
        data = []
        self.chunkSize = max(1, chunkSize)
    }

    init(bytes: [UInt8], name: String, chunkSize: Int) {
        handle = nil
        data = bytes
        fileName = name
        self.chunkSize = max(1, chunkSize)
    }

    deinit { try? handle?.close() }

    /// The next chunk, or nil at the end of the input.
    func next() throws -> [UInt8]? {
        guard let handle else {
            guard offset < data.count else { return nil }
            let end = min(offset + chunkSize, data.count)
            defer { offset = end }
            return Array(data[offset..<end])
        }
        do {
            guard let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty else { return nil }
            return [UInt8](chunk)
        } catch {
            throw CSVError(file: fileName, line: nil, reason: .unreadable(Self.explain(error)))
        }
    }

    private static func explain(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
