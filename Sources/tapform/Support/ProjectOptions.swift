import ArgumentParser
import Foundation
import TapformKit
import TapformSpec
import TaptalentAPI

/// `-C DIR`: the project root (where tapform.yaml, assessments/ and templates/ are). Every command takes it,
/// after the command or before it (`tapform -C DIR plan`, see `LeadingDirectory`). A folder that does not
/// exist fails the command before anything is read or created.
struct ProjectOptions: ParsableArguments {
    static let shortName: Character = "C"
    static let longName = "directory"

    @Option(name: [.customShort(shortName), .customLong(longName)], help: "The project folder (default: the current one).")
    var directory: String = "."

    var root: URL { URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL }

    func validate() throws {
        if let problem = ProjectFolder.problem(root) {
            throw TapformError("\(directory): \(problem) (-C); nothing was read or created")
        }
    }

    func load(paths: [String]? = nil) -> Project { Project.load(root: root, paths: paths) }

    /// A file the user named: absolute as given, else relative to the project folder (like `git -C`). A
    /// relative URL keeps the path as typed in its `relativePath`, which messages show.
    func file(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path, relativeTo: root)
    }
}

/// `NAME` or `--id ID`: the assessment a command works on (invite, results); or `--flow NAME`, a flow.
struct AssessmentReferenceOptions: ParsableArguments {
    @Argument(help: "The assessment's name, as in its file.")
    var name: String?

    @Option(help: "The assessment's id, instead of NAME.")
    var id: String?

    @Option(help: ArgumentHelp("A flow's name (as in its file under flows/), instead of an assessment.", valueName: "NAME"))
    var flow: String?

    func validate() throws {
        if [name != nil, id != nil, flow != nil].count(where: { $0 }) != 1 {
            throw ValidationError("give the assessment's NAME, --id ID, or --flow NAME (one of them)")
        }
    }

    var reference: AssessmentReference { flow.map { .flow($0) } ?? id.map { .id($0) } ?? .name(name ?? "") }
}

/// `--env` and `--debug`, for commands that talk to an account.
struct EnvironmentOptions: ParsableArguments {
    @Option(name: .long, help: "The environment from tapform.yaml, or local for the embedded emulator.")
    var env: String?

    @Flag(name: .long, help: "Print every request and response (the API key is never printed).")
    var debug = false

    func request(readOnly: Bool, concurrency: ConcurrencyLimit = .standard) -> ConnectionRequest {
        var sink: (@Sendable (String) -> Void)?
        if debug { sink = { @Sendable line in Console.error("debug: " + line) } }
        return ConnectionRequest(environment: env, readOnly: readOnly, debugSink: sink, concurrency: concurrency)
    }
}

/// `--parallelism` and `--fixed-parallelism`, for the commands that send many requests.
struct ParallelismOptions: ParsableArguments {
    @Option(help: """
        The most requests in flight at once (1 to \(ConcurrencyLimit.largestMaximum)). Below it tapform adapts to the         answers: it grows while they are healthy and backs off on 429, 5xx and rising latency.
        """)
    var parallelism = ConcurrencyLimit.defaultMaximum

    @Flag(help: "Keep --parallelism requests in flight whatever the answers, without adapting.")
    var fixedParallelism = false

    func validate() throws {
        guard (1...ConcurrencyLimit.largestMaximum).contains(parallelism) else {
            throw ValidationError("--parallelism must be between 1 and \(ConcurrencyLimit.largestMaximum)")
        }
    }

    var limit: ConcurrencyLimit { fixedParallelism ? .fixed(parallelism) : .adaptive(maximum: parallelism) }
}

/// `--only` / `--exclude`, repeatable name globs.
struct TargetingOptions: ParsableArguments {
    @Option(name: .long, help: "Only assessments whose name matches this glob (* and ?); repeatable.")
    var only: [String] = []

    @Option(name: .long, help: "Leave out assessments whose name matches this glob; repeatable.")
    var exclude: [String] = []

    var filter: AssessmentFilter { AssessmentFilter(only: only, exclude: exclude) }
}
