import ArgumentParser
import TapformKit

/// `tapform fmt`: assessment and template files in the normal layout.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Lay out assessment and template files in the normal layout, keeping every comment.",
        discussion: """
            The normal layout: top-level keys in one order (version, name, renamedFrom, id, extends, role, \
            ..., vars, questions), each with the comments above it; one blank line at most between lines; \
            no trailing white space; LF line ends and one newline at the end. Values, comments and block texts are never changed: a \
            file that cannot be laid out without changing one is left as it is and reported. Each file is \
            replaced atomically. tapform.yaml is not touched.

            With --check nothing is written: the files not in the normal layout are listed and the exit \
            status is 1 (for CI). Exit 1 also when a file cannot be read or laid out.
            """)

    @OptionGroup var project: ProjectOptions

    @Argument(help: "Files or folders (default: the project's assessments and templates folders).")
    var paths: [String] = []

    @Flag(help: "Write nothing; list the files not in the normal layout and exit 1 when there are any.")
    var check = false

    func run() throws {
        let report = FormatUseCase.run(root: project.root, paths: paths.isEmpty ? nil : paths, check: check)
        for problem in report.problems { Console.error("error: " + problem) }
        Console.out(report.lines(check: check).joined(separator: "\n"))
        if !report.problems.isEmpty || (check && !report.changed.isEmpty) { throw ExitCode.failure }
    }
}
