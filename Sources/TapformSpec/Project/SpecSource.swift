import Foundation

/// Where the loader reads files from: the file system under a root (symlinks resolved and kept inside the
/// root) or an in-memory map (tests, editors). Paths are relative to the root and already normalised.
protocol SpecSource {
    func kind(of path: String) -> SourcePathKind
    func read(_ path: String) -> SourceRead
    /// `.yaml`/`.yml` files under a directory, recursively, as root-relative paths sorted by path. Hidden
    /// files and folders (starting with ".") are skipped.
    func yamlFiles(under directory: String) -> [String]
}

enum SourcePathKind: Equatable {
    case file
    case directory
    case missing
    /// A symlink (or a path through one) that resolves outside the root.
    case escapes
}

enum SourceRead {
    case data(Data)
    case missing
    case escapes
    case tooLarge(Int)
    case failed(String)
}

/// Files held in memory, keyed by root-relative path.
struct MemorySource: SpecSource {
    let files: [String: String]

    func kind(of path: String) -> SourcePathKind {
        if files[path] != nil { return .file }
        let prefix = path == "." ? "" : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : .missing
    }

    func read(_ path: String) -> SourceRead {
        guard let text = files[path] else { return .missing }
        return .data(Data(text.utf8))
    }

    func yamlFiles(under directory: String) -> [String] {
        let prefix = directory == "." ? "" : directory + "/"
        return files.keys.filter { path in
            path.hasPrefix(prefix) && RelativePath.isYAML(path)
                && !path.dropFirst(prefix.count).split(separator: "/").contains { $0.hasPrefix(".") }
        }.sorted()
    }
}
