/// Checks and normalises a path written in a file or on the command line: it must stay inside the
/// repository, so no absolute paths, no `~`, no `..` components, no backslashes or NUL.
enum RelativePath {
    enum Problem: Error, Equatable {
        case empty
        case absolute
        case parentComponent
        case invalidCharacter

        var message: String {
            switch self {
            case .empty: "is empty"
            case .absolute: "is absolute; paths must be relative to the repository"
            case .parentComponent: "contains \"..\"; paths must stay inside the repository"
            case .invalidCharacter: "contains a backslash or a control character"
            }
        }
    }

    /// The path with `.` components and repeated or trailing slashes removed.
    static func normalise(_ path: String) -> Result<String, Problem> {
        if path.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(.invalidCharacter)
        }
        if path.hasPrefix("/") || path.hasPrefix("~") { return .failure(.absolute) }
        if path.count >= 2, path.dropFirst().first == ":", path.first?.isLetter == true { return .failure(.absolute) }
        let components = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if components.contains("..") { return .failure(.parentComponent) }
        if components.isEmpty { return path.isEmpty ? .failure(.empty) : .success(".") }
        return .success(components.joined(separator: "/"))
    }

    /// `directory/name`, treating "." as the root.
    static func join(_ directory: String, _ name: String) -> String {
        directory == "." || directory.isEmpty ? name : "\(directory)/\(name)"
    }

    static func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }

    /// The path without its `.yaml`/`.yml` extension.
    static func stem(_ path: String) -> String {
        if path.hasSuffix(".yaml") { return String(path.dropLast(5)) }
        if path.hasSuffix(".yml") { return String(path.dropLast(4)) }
        return path
    }
}
