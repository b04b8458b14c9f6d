import Foundation
@testable import TapformKit
import TapformSpec

/// A project for a test: files (root-relative path -> text) held in memory, or written to a fresh
/// temporary folder when a test needs a disk (`write()`; remove it with `remove()`).
struct TempProject {
    var files: [String: String]

    init(_ files: [String: String] = [:]) { self.files = files }

    /// The project loaded from memory; its root is a folder that does not exist (nothing is read from it).
    var project: Project {
        Project(root: URL(fileURLWithPath: "/nonexistent-tapform-test-root"), spec: SpecLoader.loadProject(files: files))
    }

    /// Writes every file under a new folder in the temporary directory and returns that folder.
    func write() throws -> URL {
        try TemporaryFolder("kit", files: files).url
    }

    static func remove(_ root: URL) {
        try? FileManager.default.removeItem(at: root)
    }
}
