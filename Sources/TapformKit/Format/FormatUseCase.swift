import Foundation
import TapformSpec
import TapformSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `tapform fmt`: lays out assessment and template files in the normal layout (`LayoutFormatter`),
/// replacing each changed file atomically (its permissions kept; through a symlink, the file it points
/// to), or with `check` only says which files are not laid out.
public enum FormatUseCase {
    public struct Report: Sendable, Hashable {
        /// Files in the normal layout now (`check`: that would be), relative to the root, sorted.
        public var changed: [String] = []
        /// Files already in the normal layout.
        public var unchanged: [String] = []
        /// `path: why` for every file or path that could not be laid out; each one was left as it was.
        public var problems: [String] = []

        /// What to print, one line each.
        public func lines(check: Bool) -> [String] {
            var lines = changed.map { check ? "\($0): not in the normal layout" : "formatted \($0)" }
            let count = changed.count
            let files = "file\(count == 1 ? "" : "s")"
            let total = changed.count + unchanged.count
            if check {
                lines.append(count == 0 ? "\(total) file\(total == 1 ? "" : "s") checked: all in the normal layout."
                    : "\(count) \(files) not in the normal layout (of \(total) checked); run `tapform fmt` to lay them out.")
            } else {
                lines.append("\(count) \(files) formatted, \(unchanged.count) already in the normal layout.")
            }
            return lines
        }
    }

    /// - Parameter paths: files or folders relative to `root` (default: the assessments and templates folders).
    public static func run(root: URL, paths: [String]?, check: Bool) -> Report {
        let (files, diagnostics) = SpecLoader.layoutFiles(root: root, paths: paths)
        var report = Report()
        report.problems = diagnostics.filter(\.isError).map { "\($0.file): \($0.message)" }
        for file in files {
            let url = root.appendingPathComponent(file).resolvingSymlinksInPath()
            let data: Data
            switch RegularFile.read(atPath: url.path, limit: SpecLimits.maxFileBytes) {
            case .success(let read): data = read
            case .failure(let failure):
                report.problems.append("\(file): \(failure)")
                continue
            }
            switch LayoutFormatter.format(data, file: file) {
            case .failure(let failure):
                report.problems.append("\(file): \(failure)")
            case .success(let formatted) where formatted == data:
                report.unchanged.append(file)
            case .success(let formatted):
                if !check {
                    do {
                        try AtomicFile.write(formatted, to: url, mode: permissions(of: url))
                    } catch {
                        report.problems.append("\(file): \(error)")
                        continue
                    }
                }
                report.changed.append(file)
            }
        }
        return report
    }

    private static func permissions(of url: URL) -> mode_t {
        var info = stat()
        return stat(url.path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
    }
}
