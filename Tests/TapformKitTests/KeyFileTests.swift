import Foundation
import Testing
@testable import TapformKit
import TapformSpec
import TaptalentAPI
#if canImport(Glibc)
import Glibc
#endif

/// `apiKeyFile` must be a small regular file holding the key on one line of printable characters;
/// anything else is a clear error naming the file, never a hang or a library's error code.
@Suite("apiKeyFile")
struct KeyFileTests {
    static let key = "sk_test_" + String(repeating: "f", count: 22)

    /// Connects to a loopback environment whose key is in `secrets/key`, after `prepare` made that path.
    static func connect(_ prepare: (URL) throws -> Void) async throws -> Result<Void, TapformError> {
        let folder = try SeedingKit.Folder([
            "tapform.yaml": "version: 1\nenvironments:\n  dev: {url: \"http://127.0.0.1:9/v1/partner\", apiKeyFile: secrets/key}\n",
        ])
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent("secrets"), withIntermediateDirectories: true)
        try prepare(folder.root.appendingPathComponent("secrets/key"))
        let config = Project.load(root: folder.root).config
        do {
            let connection = try await ConnectionResolver.connect(
                ConnectionRequest(environment: "dev", processEnvironment: [:]), config: config, root: folder.root)
            await connection.close()
            return .success(())
        } catch let error as TapformError {
            return .failure(error)
        }
    }

    static func expectError(_ prepare: (URL) throws -> Void, mentions words: [String]) async throws {
        guard case .failure(let error) = try await connect(prepare) else {
            Issue.record("expected an error mentioning \(words)")
            return
        }
        #expect(error.message.contains("secrets/key"), "\(error)")
        for word in words { #expect(error.message.contains(word), "\(error)") }
        #expect(!error.message.contains("URLError") && !error.message.contains("errno") && !error.message.contains("Code="))
        #expect(!error.message.contains(Self.key))
    }

    static func write(_ bytes: [UInt8]) -> (URL) throws -> Void {
        { url in try Data(bytes).write(to: url) }
    }

    @Test("the key alone, with or without a newline, CRLF or a byte order mark, is read", arguments: [
        key, key + "\n", key + "\r\n", "  " + key + "\n\n", "\u{FEFF}" + key + "\n",
    ])
    func good(text: String) async throws {
        let result = try await Self.connect(Self.write(Array(text.utf8)))
        if case .failure(let error) = result { Issue.record("\(error)") }
    }

    @Test func missing() async throws {
        try await Self.expectError({ _ in }, mentions: ["does not exist"])
    }

    @Test func folder() async throws {
        try await Self.expectError({ try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) },
                                   mentions: ["is a folder"])
    }

    @Test("a FIFO is refused at once, not read (it would block until a writer came)")
    func fifo() async throws {
        try await Self.expectError({ #expect(mkfifo($0.path, 0o600) == 0) }, mentions: ["FIFO"])
    }

    @Test("a symbolic link to a folder, a FIFO or nothing is named as a link")
    func symbolicLinks() async throws {
        try await Self.expectError({ url in
            let target = url.deletingLastPathComponent().appendingPathComponent("dir")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
        }, mentions: ["symbolic link", "is a folder"])
        try await Self.expectError({ url in
            let target = url.deletingLastPathComponent().appendingPathComponent("pipe")
            #expect(mkfifo(target.path, 0o600) == 0)
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
        }, mentions: ["symbolic link", "FIFO"])
        try await Self.expectError({ url in
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: url.deletingLastPathComponent().appendingPathComponent("gone"))
        }, mentions: ["symbolic link", "does not exist"])
        let linked = try await Self.connect { url in
            let target = url.deletingLastPathComponent().appendingPathComponent("real")
            try Data((Self.key + "\n").utf8).write(to: target)
            try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target)
        }
        if case .failure(let error) = linked { Issue.record("a link to a key file should be read: \(error)") }
    }

    @Test("a 20 MB file is refused by its size, naming the limit")
    func tooLarge() async throws {
        try await Self.expectError({ url in
            #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 20 * 1024 * 1024)
            try handle.close()
        }, mentions: ["20971520 bytes", "\(KeyFileReader.maxBytes) bytes"])
    }

    @Test("several lines, or characters that cannot be in a key, are refused by position")
    func content() async throws {
        try await Self.expectError(Self.write(Array((Self.key + "\nsecond line\n").utf8)), mentions: ["2 lines"])
        try await Self.expectError(Self.write(Array("sk_test_ab".utf8) + [0x00] + Array("cd\n".utf8)), mentions: ["column 11", "not printable"])
        try await Self.expectError(Self.write(Array("sk_test_ab cd\n".utf8)), mentions: ["white space", "column 11"])
        try await Self.expectError(Self.write([0xFF, 0xFE] + Array(Self.key.utf8)), mentions: ["not printable", "column 1"])
    }
}
