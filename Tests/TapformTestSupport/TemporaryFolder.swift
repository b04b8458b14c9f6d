import Foundation

/// A fresh folder under the system temporary directory (`tapform-LABEL-UUID`), created at once; the test
/// removes it with `remove()`.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init(_ label: String = "test", files: [String: String] = [:]) throws {
        url = Self.unusedURL(label)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// A path under the temporary directory that nothing uses yet; nothing is created.
    public static func unusedURL(_ label: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tapform-\(label)-\(UUID().uuidString)")
    }

    public var path: String { url.path }

    /// Writes `text` to `path` (relative to the folder), creating the folders on the way.
    public func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
