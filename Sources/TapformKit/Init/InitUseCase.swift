import Foundation

/// `tapform init`: scaffolds an assessments repository in an empty or existing folder. It never overwrites
/// a file unless `force`; `.gitignore` is merged (missing entries appended, nothing removed).
public enum InitUseCase {
    public struct Entry: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            case written
            case overwritten
            /// The file exists and `force` was not given.
            case skipped
            /// `.gitignore` existed; these entries were appended.
            case merged([String])
            /// `.gitignore` already had every entry.
            case unchanged
        }

        public var path: String
        public var outcome: Outcome
    }

    public static let gitignorePath = ".gitignore"

    public static func run(root: URL, force: Bool) throws -> [Entry] {
        try createFolder(root, shownAs: root.path)
        var entries: [Entry] = []
        for (path, contents) in ScaffoldProject.files {
            let url = root.appendingPathComponent(path)
            let exists = FileManager.default.fileExists(atPath: url.path) || isSymlink(url)
            if exists && !force {
                entries.append(Entry(path: path, outcome: .skipped))
                continue
            }
            try createFolder(url.deletingLastPathComponent(), shownAs: path)
            try write(contents, to: url, shownAs: path)
            entries.append(Entry(path: path, outcome: exists ? .overwritten : .written))
        }
        entries.append(try mergeGitignore(root.appendingPathComponent(gitignorePath)))
        return entries
    }

    private static func mergeGitignore(_ url: URL) throws -> Entry {
        guard FileManager.default.fileExists(atPath: url.path) else {
            let text = "# tapform: the emulator's data, local key files and saved plans stay out of git.\n"
                + ScaffoldProject.ignoredPaths.joined(separator: "\n") + "\n"
            try write(text, to: url, shownAs: gitignorePath)
            return Entry(path: gitignorePath, outcome: .written)
        }
        let existing: String
        do {
            existing = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TapformError("\(gitignorePath): cannot read it as UTF-8 text (\(error.localizedDescription)); add these lines yourself: \(ScaffoldProject.ignoredPaths.joined(separator: " "))")
        }
        let present = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = ScaffoldProject.ignoredPaths.filter { !present.contains($0) && !present.contains("/" + $0) }
        guard !missing.isEmpty else { return Entry(path: gitignorePath, outcome: .unchanged) }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        let text = existing + separator + "# tapform\n" + missing.joined(separator: "\n") + "\n"
        try write(text, to: url, shownAs: gitignorePath)
        return Entry(path: gitignorePath, outcome: .merged(missing))
    }

    private static func isSymlink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    private static func createFolder(_ url: URL, shownAs path: String) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw TapformError("cannot create the folder for \(path): \(error.localizedDescription)")
        }
    }

    private static func write(_ text: String, to url: URL, shownAs path: String) throws {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw TapformError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
