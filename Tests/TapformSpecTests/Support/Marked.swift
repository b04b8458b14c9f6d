/// Source text with position markers `⟨name⟩`: `text` has them removed and `positions[name]` is the
/// 1-based line and column (in Unicode scalars) where each stood.
struct Marked {
    let text: String
    let positions: [String: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var positions: [String: (line: Int, column: Int)] = [:]
        var line = 1, column = 1
        var scalars = marked.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "⟨", let end = scalars.firstIndex(of: "⟩") {
                positions[String(String.UnicodeScalarView(scalars[..<end]))] = (line, column)
                scalars = scalars[scalars.index(after: end)...]
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        self.text = text
        self.positions = positions
    }

    func location(_ name: String, in file: String) -> SourceLocationStub {
        let position = positions[name] ?? (0, 0)
        return SourceLocationStub(file: file, line: position.line, column: position.column)
    }
}

/// File, line, column for comparisons in tests.
struct SourceLocationStub: Equatable, CustomStringConvertible {
    let file: String
    let line: Int
    let column: Int
    var description: String { "\(file):\(line):\(column)" }
}
