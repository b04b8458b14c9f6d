/// The output formats of `tapform results`.
public enum ResultsFormat: String, Sendable, CaseIterable {
    case csv, json, table

    /// The format when `--format` is not given: from the `--out` file's extension (`.json`, `.csv`,
    /// `.txt` for a table), else a table on a terminal and CSV otherwise (a pipe or a file wants data).
    public static func choose(explicit: ResultsFormat?, outPath: String?, stdoutIsTerminal: Bool) -> ResultsFormat {
        if let explicit { return explicit }
        if let outPath {
            let ext = outPath.split(separator: "/").last?.split(separator: ".").dropFirst().last?.lowercased()
            switch ext {
            case "json": return .json
            case "txt": return .table
            default: return .csv
            }
        }
        return stdoutIsTerminal ? .table : .csv
    }
}
