import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Files under a root directory, and the discovery rules every command that reads a project follows
/// (validate, plan, apply, import, pull, generate, invite: all read through `SpecLoader`):
/// - every path is resolved with realpath(3) and must stay inside the resolved root: a symlink out of the
///   repository is an error, whatever its name (it could be a folder of assessments);
/// - names starting with "." are skipped; folders are searched recursively, each real folder once;
/// - a regular file named `.yaml`/`.yml` is read, other regular files are ignored;
/// - a FIFO, device or socket named `.yaml`/`.yml` is an error and is never opened (so never waited on);
/// - a symlink to nothing, a symlink loop, a folder that cannot be listed, a name that is not UTF-8:
///   each an error, whatever the name, since it may hide assessments;
/// - files are read through `RegularFile` (no blocking, `SpecLimits.maxFileBytes` checked before reading).
/// A missing or unreadable file therefore fails the run: it is never taken for a deleted assessment.
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

    /// What is at a root-relative path, symlinks followed.
    private enum Entry {
        case file(real: String)
        case directory(real: String)
        case missing
        /// A FIFO, device or socket inside the root ("a FIFO (named pipe)", …).
        case special(String)
        case problem(PathProblem)
    }

    private func absolute(_ path: String) -> String {
        path == "." ? root.path : root.appendingPathComponent(path).path
    }

    private func entry(_ path: String) -> Entry {
        let full = absolute(path)
        guard let real = Self.realPath(full) else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                guard let target = RegularFile.symlinkTarget(full) else { return .missing }
                return .problem(Self.problem(path, .missing(danglingTarget: target)))
            }
            return .problem(Self.problem(path, .unreadable(RegularFile.reason(code))))
        }
        let inside = real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
        guard inside else {
            return .problem(PathProblem(path: path, code: .pathEscape,
                                        message: "path resolves (through a symlink) outside the repository"))
        }
        var info = stat()
        guard stat(real, &info) == 0 else { return .problem(Self.problem(path, .unreadable(RegularFile.reason(errno)))) }
        if info.st_mode & S_IFMT == S_IFDIR { return .directory(real: real) }
        if let kind = RegularFile.nonRegularKind(info.st_mode) { return .special(kind) }
        return .file(real: real)
    }

    private static func problem(_ path: String, _ failure: RegularFile.Failure) -> PathProblem {
        if case .tooLarge(let bytes, _) = failure {
            return PathProblem(path: path, code: .fileTooLarge, message: SpecLimits.fileTooLargeMessage(bytes))
        }
        return PathProblem(path: path, code: .unreadableFile, message: failure.description)
    }

    private static func notRegular(_ path: String, _ kind: String) -> PathProblem { problem(path, .notRegular(kind)) }

    func kind(of path: String) -> SourcePathKind {
        switch entry(path) {
        case .file: .file
        case .directory: .directory
        case .missing: .missing
        case .special(let kind): .problem(Self.notRegular(path, kind))
        case .problem(let problem): .problem(problem)
        }
    }

    func read(_ path: String) -> SourceRead {
        let real: String
        switch entry(path) {
        case .file(let resolved): real = resolved
        case .directory: return .failed(Self.notRegular(path, "a folder"))
        case .missing: return .failed(Self.problem(path, .missing(danglingTarget: nil)))
        case .special(let kind): return .failed(Self.notRegular(path, kind))
        case .problem(let problem): return .failed(problem)
        }
        switch RegularFile.read(atPath: real, limit: SpecLimits.maxFileBytes) {
        case .success(let data): return .data(data)
        case .failure(let failure): return .failed(Self.problem(path, failure))
        }
    }

    func yamlFiles(under directory: String) -> Discovery {
        var found = Discovery()
        var visited = Set<String>()
        collect(directory, into: &found, visited: &visited)
        found.files.sort()
        return found
    }

    private func collect(_ directory: String, into found: inout Discovery, visited: inout Set<String>) {
        guard case .directory(let real) = entry(directory), visited.insert(real).inserted else { return }
        let listing: [DirectoryListing.Name]
        switch DirectoryListing.names(in: real) {
        case .success(let names): listing = names
        case .failure(let failure):
            found.problems.append(PathProblem(path: directory, code: .unreadableFile,
                                              message: "folder cannot be listed: \(failure.reason)"))
            return
        }
        for item in listing.sorted(by: { $0.text < $1.text }) where !item.text.hasPrefix(".") {
            let path = RelativePath.join(directory, item.text)
            guard item.isUTF8 else {
                found.problems.append(PathProblem(
                    path: path, code: .unreadableFile,
                    message: "file name is not valid UTF-8 (shown with \u{FFFD} for the bad bytes); rename it"))
                continue
            }
            switch entry(path) {
            case .directory: collect(path, into: &found, visited: &visited)
            case .file where RelativePath.isYAML(item.text): found.files.append(path)
            case .special(let kind) where RelativePath.isYAML(item.text):
                found.problems.append(Self.notRegular(path, kind))
            case .problem(let problem): found.problems.append(problem)
            case .file, .special, .missing: break
            }
        }
    }
}

/// readdir(3) with the raw bytes of each name, so a name that is not UTF-8 is seen (and reported), not
/// dropped, and a folder that cannot be listed is an error, not an empty folder.
enum DirectoryListing {
    struct Name {
        /// The name, with U+FFFD for bytes that are not UTF-8.
        var text: String
        var isUTF8: Bool
    }

    /// Why a folder could not be listed.
    struct Failure: Error {
        var reason: String
    }

    static func names(in path: String) -> Result<[Name], Failure> {
        guard let directory = opendir(path) else { return .failure(Failure(reason: RegularFile.reason(errno))) }
        defer { closedir(directory) }
        var names: [Name] = []
        while true {
            errno = 0
            guard let item = readdir(directory) else {
                if errno != 0 { return .failure(Failure(reason: RegularFile.reason(errno))) }
                return .success(names)
            }
            let bytes = withUnsafePointer(to: &item.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                    Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))))
                }
            }
            if bytes == Array(".".utf8) || bytes == Array("..".utf8) { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            names.append(Name(text: text, isUTF8: String(validating: bytes, as: UTF8.self) != nil))
        }
    }
}
