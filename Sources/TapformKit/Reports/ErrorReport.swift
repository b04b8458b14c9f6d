import TapformSpec

/// What a command with `--format json` prints when it fails before it has a report of its own: a usage
/// error (exit 64), a missing key, unreadable or invalid files, a refused saved plan.
public struct ErrorReport: JSONReport, Hashable {
    public static let kind = ReportKind.error

    /// The command (`plan`, `apply`, ...), when known.
    public var command: String?
    /// The exit status the command ends with.
    public var exitCode: Int32
    /// The whole message, as standard error shows it after `error: `.
    public var message: String
    /// For invalid files: each problem with its file, line and column.
    public var diagnostics: [FileDiagnostic]

    public init(command: String?, exitCode: Int32, message: String, diagnostics: [FileDiagnostic] = []) {
        self.command = command
        self.exitCode = exitCode
        self.message = message
        self.diagnostics = diagnostics
    }

    /// The report of `error` as the command line shows it: `message`, and the problems of invalid files.
    public init(command: String?, exitCode: Int32, error: any Error, message: String) {
        let diagnostics = (error as? InvalidFilesError)?.diagnostics ?? []
        self.init(command: command, exitCode: exitCode, message: message, diagnostics: diagnostics.map(FileDiagnostic.init))
    }
}

/// A problem in a file, as `validate` finds it.
public struct FileDiagnostic: Encodable, Sendable, Hashable {
    public var severity: String
    public var code: String
    public var message: String
    /// Relative to the project folder.
    public var file: String
    /// 1-based; 0 when the problem has no line.
    public var line: Int
    /// 1-based; 0 when unknown.
    public var column: Int
    public var hint: String?

    public init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        code = diagnostic.code.rawValue
        message = diagnostic.message
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        hint = diagnostic.hint
    }
}

/// The files do not validate: a command that needs valid files stops with their diagnostics.
public struct InvalidFilesError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public var description: String {
        DiagnosticRenderer.human(diagnostics, color: false)
            + "\nfix the files above (tapform validate lists the same problems)"
    }
}
