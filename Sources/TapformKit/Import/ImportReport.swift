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

    /// One flow file written.
    public struct WrittenFlow: Sendable, Hashable, Encodable {
        public var name: String
        public var remoteId: String
        /// Relative to the project root (absolute when `--flows-dir` is outside it).
        public var file: String
        public var stepCount: Int
        public var inactive: Bool
        /// `id:` is pinned in the file because another remote flow has the same name.
        public var pinnedId: Bool
        /// Steps that name their assessment by `assessmentId:` (its name does not tell which it is).
        public var pinnedSteps: [Int]
        /// An existing file was replaced (`--force`).
        public var overwritten: Bool
    }

    /// A remote assessment or flow not written, and why.
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
    public var flowsWritten: [WrittenFlow] = []
    public var flowsSkipped: [Skipped] = []
    /// Names given on the command line that no remote assessment or flow has.
    public var notFound: [String] = []
    public var notes: [String] = []

    /// True when something asked for could not be done: the command exits 1.
    public var hasFailures: Bool { failedCount > 0 }

    /// Files written, assessments and flows.
    var writtenCount: Int { written.count + flowsWritten.count }
    /// Skipped by the rules (not failures), assessments and flows.
    var skippedCount: Int { (skipped + flowsSkipped).count { !$0.isFailure } }
    /// Failed reads, writes and round trips, and names not found.
    var failedCount: Int { (skipped + flowsSkipped).count(where: \.isFailure) + notFound.count }

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
        for file in flowsWritten {
            var line = "\(file.overwritten ? "overwrote" : "wrote") \(file.file): flow \"\(file.name)\", "
                + (file.stepCount == 1 ? "1 step" : "\(file.stepCount) steps")
            if file.inactive { line += ", inactive" }
            if file.pinnedId { line += ", id \(file.remoteId) pinned (its name is shared)" }
            if !file.pinnedSteps.isEmpty {
                line += ", assessmentId pinned in step\(file.pinnedSteps.count == 1 ? "" : "s") "
                    + file.pinnedSteps.map(String.init).joined(separator: ", ") + " (see the comments)"
            }
            out.append(line)
        }
        for skip in flowsSkipped {
            out.append("\(skip.isFailure ? "failed" : "skipped") flow \"\(skip.name)\" (id \(skip.remoteId)): \(skip.reason)")
        }
        for name in notFound {
            out.append("failed \"\(name)\": no assessment or flow with this name in environment \"\(environment)\"")
        }
        out += notes.map { "note: \($0)" }
        out.append("Import: \(writtenCount) written, \(skippedCount) skipped, \(failedCount) failed.")
        return out
    }
}
