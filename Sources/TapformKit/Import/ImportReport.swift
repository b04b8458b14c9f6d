/// What `tapform import` did.
public struct ImportReport: Sendable, Hashable {
    /// One file written.
    public struct Written: Sendable, Hashable, Encodable {
        public var name: String
        public var remoteId: String
        /// Relative to the project root (absolute when `--dir` is outside it).
        public var file: String
        public var questionCount: Int
        public var inactive: Bool
        /// `id:` is pinned in the file because another remote assessment has the same name.
        public var pinnedId: Bool
        /// An existing file was replaced (`--force`).
        public var overwritten: Bool
    }

    /// A remote assessment not written, and why.
    public struct Skipped: Sendable, Hashable, Encodable {
        public var name: String
        public var remoteId: String
        public var reason: String
        /// True for a failure (the file would not round-trip, the read failed); false for the rules
        /// (already in the project, file exists, name shared).
        public var isFailure: Bool
    }

    public var environment: String
    public var written: [Written] = []
    public var skipped: [Skipped] = []
    /// Names given on the command line that no remote assessment has.
    public var notFound: [String] = []
    public var notes: [String] = []

    /// True when something asked for could not be done: the command exits 1.
    public var hasFailures: Bool { !notFound.isEmpty || skipped.contains(where: \.isFailure) }

    /// The lines the command prints: one per file and per skip, the notes, then a summary.
    public var lines: [String] {
        var out: [String] = []
        for file in written {
            var line = "\(file.overwritten ? "overwrote" : "wrote") \(file.file): \"\(file.name)\", "
                + (file.questionCount == 1 ? "1 question" : "\(file.questionCount) questions")
            if file.inactive { line += ", inactive" }
            if file.pinnedId { line += ", id \(file.remoteId) pinned (its name is shared)" }
            out.append(line)
        }
        for skip in skipped {
            out.append("\(skip.isFailure ? "failed" : "skipped") \"\(skip.name)\" (id \(skip.remoteId)): \(skip.reason)")
        }
        for name in notFound {
            out.append("failed \"\(name)\": no assessment with this name in environment \"\(environment)\"")
        }
        out += notes.map { "note: \($0)" }
        let failures = skipped.count(where: \.isFailure) + notFound.count
        out.append("Import: \(written.count) written, \(skipped.count - skipped.count(where: \.isFailure)) skipped, \(failures) failed.")
        return out
    }
}
