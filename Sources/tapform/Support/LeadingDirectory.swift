import ArgumentParser

/// `tapform -C DIR COMMAND …`: `-C` before the command, as with `git -C`. swift-argument-parser parses
/// options per command, so a leading `-C DIR` (or `--directory DIR`, `--directory=DIR`) is moved
/// to just after the command's name, where every command's `ProjectOptions` reads it. Arguments with no
/// command after the option are left as they are (the parser then reports them).
enum LeadingDirectory {
    static func hoist(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
        guard let (option, rest) = leadingOption(arguments) else { return arguments }
        var command: any ParsableCommand.Type = root
        var depth = 0
        while depth < rest.count,
              let sub = command.configuration.subcommands.first(where: { $0._commandName == rest[depth] }) {
            command = sub
            depth += 1
        }
        guard depth > 0 else { return arguments }
        return Array(rest[..<depth]) + option + Array(rest[depth...])
    }

    /// The leading `-C` option (as one or two arguments) and the arguments after it.
    private static func leadingOption(_ arguments: [String]) -> ([String], [String])? {
        guard let first = arguments.first else { return nil }
        let short = "-\(ProjectOptions.shortName)", long = "--\(ProjectOptions.longName)"
        if first == short || first == long {
            guard arguments.count >= 2 else { return nil }
            return (Array(arguments[..<2]), Array(arguments[2...]))
        }
        if first.hasPrefix(long + "=") {
            return ([first], Array(arguments[1...]))
        }
        return nil
    }
}
