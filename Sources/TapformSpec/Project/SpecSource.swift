import Foundation

/// Where the loader reads files from: the file system under a root (see `FileSystemSource` for the discovery
/// rules) or an in-memory map (tests, editors). Paths are relative to the root and already normalised.
protocol SpecSource {
    func kind(of path: String) -> SourcePathKind
    func read(_ path: String) -> SourceRead
    /// `.yaml`/`.yml` files under a directory, recursively, as root-relative paths sorted by path, and every
    /// path found there that could not be looked into (each one an error: nothing is skipped silently).
    /// Hidden files and folders (starting with ".") are skipped.
    func yamlFiles(under directory: String) -> Discovery
}

/// A path tapform cannot use, and why: a FIFO, a symlink to nothing, a symlink loop, a folder it may not
/// list, a symlink out of the repository, a name that is not UTF-8.
struct PathProblem: Equatable {
    var path: String
    var code: DiagnosticCode
    var message: String
}

/// What a search of a folder found.
struct Discovery: Equatable {
    var files: [String] = []
    var problems: [PathProblem] = []
}

enum SourcePathKind: Equatable {
    case file
    case directory
    case missing
    /// Something there that tapform cannot read or must not follow (see `PathProblem`).
    case problem(PathProblem)
}

enum SourceRead {
    case data(Data)
    case failed(PathProblem)
}

extension DiagnosticSink {
    func error(_ problem: PathProblem) {
        error(problem.code, problem.message, file: problem.path)
    }
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
        guard let text = files[path] else {
            return .failed(PathProblem(path: path, code: .unreadableFile,
                                       message: RegularFile.Failure.missing(danglingTarget: nil).description))
        }
        return .data(Data(text.utf8))
    }

    func yamlFiles(under directory: String) -> Discovery {
        let prefix = directory == "." ? "" : directory + "/"
        return Discovery(files: files.keys.filter { path in
            path.hasPrefix(prefix) && RelativePath.isYAML(path)
                && !path.dropFirst(prefix.count).split(separator: "/").contains { $0.hasPrefix(".") }
        }.sorted())
    }
}
