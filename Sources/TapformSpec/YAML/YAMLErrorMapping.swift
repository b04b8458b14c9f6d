import Yams
import TaptalentContract

/// Turns Yams' parse errors into diagnostics with a line and column, recognising the common causes
/// (tabs used for indentation, duplicate keys) to give a clearer message.
enum YAMLErrorMapping {
    static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if let tab = tabInIndentation(text, near: mark.line) {
                return Diagnostic(.error, .tabIndentation,
                                  "tab character in indentation; YAML indents with spaces only",
                                  at: at(tab.line, tab.column), hint: "replace the tab with spaces")
            }
            var message = problem
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return Diagnostic(.error, .yamlSyntax, message, at: at(mark.line, mark.column))
        case .reader(let problem, let offset, _, _):
            let position = offset.map { lineAndColumn(ofCharacterOffset: $0, in: text) } ?? (line: 1, column: 1)
            return Diagnostic(.error, .yamlSyntax, problem, at: at(position.line, position.column),
                              hint: "control characters must be written as escapes inside double quotes")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = secondOccurrence(of: key, after: first, in: text)
            let message = "duplicate key \"\(key)\" (first at line \(first.line), column \(first.column))"
            if let second { return Diagnostic(.error, .duplicateKey, message, at: at(second.line, second.column)) }
            return Diagnostic(.error, .duplicateKey, "key \"\(key)\" appears more than once in this mapping",
                              at: at(first.line, first.column))
        default:
            return Diagnostic(.error, .yamlSyntax, "the file could not be parsed as YAML", at: .start(of: file))
        }
    }

    /// The first tab among the leading whitespace of the error line or the line before it.
    static func tabInIndentation(_ text: String, near line: Int) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        for number in [line - 1, line] where number >= 1 && number <= lines.count {
            let content = lines[number - 1].unicodeScalars
            let leading = content.prefix { $0 == " " || $0 == "\t" }
            if let tab = leading.firstIndex(of: "\t") {
                return (number, content.distance(from: content.startIndex, to: tab) + 1)
            }
        }
        return nil
    }

    static func lineAndColumn(ofCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }

    /// Where the duplicate of `key` (first seen at `first`) is written: the next `key:` (plain or quoted) after it.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count, !key.isEmpty else { return nil }
        for number in first.line...lines.count {
            let scalars = Array(lines[number - 1].unicodeScalars)
            let startColumn = number == first.line ? first.column : 0
            for candidate in [key, "\"\(key)\"", "'\(key)'"] {
                let needle = Array(candidate.unicodeScalars)
                var index = startColumn
                while index + needle.count <= scalars.count {
                    if Array(scalars[index..<index + needle.count]) == needle,
                       index == 0 || " \t{,?".unicodeScalars.contains(scalars[index - 1]) {
                        var after = index + needle.count
                        while after < scalars.count && scalars[after] == " " { after += 1 }
                        if after < scalars.count && scalars[after] == ":" { return (number, index + 1) }
                    }
                    index += 1
                }
            }
        }
        return nil
    }
}
