import Foundation
import TapformPlan

/// Where `import` writes: the `--dir` folder, relative to the project root when inside it.
struct ImportDirectory {
    let root: URL
    /// Relative to the root (no leading `./`, no trailing `/`), or absolute when outside the root.
    let path: String

    init(root: URL, directory: String) {
        self.root = root
        let rootPath = root.standardizedFileURL.path
        let absolute = directory.hasPrefix("/") ? URL(fileURLWithPath: directory) : root.appendingPathComponent(directory)
        let standard = absolute.standardizedFileURL.path
        if standard == rootPath {
            path = "."
        } else if standard.hasPrefix(rootPath + "/") {
            var relative = String(standard.dropFirst(rootPath.count + 1))
            while relative.hasSuffix("/") { relative.removeLast() }
            path = relative
        } else {
            path = standard
        }
    }

    /// The path of a file in this folder, as reports and the spec loader name it.
    func file(_ name: String) -> String { path == "." ? name : "\(path)/\(name)" }

    func url(of file: String) -> URL {
        file.hasPrefix("/") ? URL(fileURLWithPath: file) : root.appendingPathComponent(file)
    }

    /// True when the folder is `folder` (the project's assessments or flows folder) or inside it (so `plan`
    /// reads its files).
    func isInside(_ folder: String) -> Bool {
        let base = ImportDirectory(root: root, directory: folder).path
        return base == "." || path == base || path.hasPrefix(base + "/")
    }
}
