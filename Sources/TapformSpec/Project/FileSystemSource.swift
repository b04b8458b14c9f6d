import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files under a root directory. Every path is resolved with realpath(3) and must stay inside the resolved
/// root, so a symlink cannot lead outside the repository. Reads at most `SpecLimits.maxFileBytes + 1` bytes.
struct FileSystemSource: SpecSource {
    let root: URL
    private let realRoot: String

    init(root: URL) {
        self.root = root
        realRoot = Self.realPath(root.path) ?? root.standardizedFileURL.path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The resolved absolute path, or nil when missing; `.escapes` when it resolves outside the root.
    private func resolve(_ path: String) -> (String?, escapes: Bool) {
        let full = path == "." ? root.path : root.appendingPathComponent(path).path
        guard let real = Self.realPath(full) else { return (nil, false) }
        let inside = real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
        return inside ? (real, false) : (nil, true)
    }

    func kind(of path: String) -> SourcePathKind {
        let (real, escapes) = resolve(path)
        if escapes { return .escapes }
        guard let real else { return .missing }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .directory : .file
    }

    func read(_ path: String) -> SourceRead {
        let (real, escapes) = resolve(path)
        if escapes { return .escapes }
        guard let real else { return .missing }
        guard let handle = FileHandle(forReadingAtPath: real) else { return .failed("cannot be opened") }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: SpecLimits.maxFileBytes + 1) ?? Data()
            if data.count > SpecLimits.maxFileBytes {
                let attributes = try? FileManager.default.attributesOfItem(atPath: real)
                return .tooLarge((attributes?[.size] as? Int) ?? data.count)
            }
            return .data(data)
        } catch {
            return .failed("cannot be read")
        }
    }

    func yamlFiles(under directory: String) -> [String] {
        var found: [String] = []
        var visited = Set<String>()
        collect(directory, into: &found, visited: &visited)
        return found.sorted()
    }

    private func collect(_ directory: String, into found: inout [String], visited: inout Set<String>) {
        let (real, _) = resolve(directory)
        guard let real, visited.insert(real).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: real) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = RelativePath.join(directory, name)
            switch kind(of: path) {
            case .directory: collect(path, into: &found, visited: &visited)
            case .file where RelativePath.isYAML(name): found.append(path)
            case .escapes where RelativePath.isYAML(name): found.append(path)  // reported as path-escape on read
            default: break
            }
        }
    }
}
