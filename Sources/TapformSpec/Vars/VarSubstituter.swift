import TaptalentContract

/// `${name}` substitution. A value comes from the resolved `vars` (the file's own vars win over its
/// templates'; among templates, later ones in `extends` win over earlier, like every other key). `$${` writes a
/// literal `${`. Variable values are used literally: a `${` inside a value is not expanded again.
struct VarSubstituter {
    let vars: [String: String]
    private(set) var used: Set<String> = []

    init(vars: [String: String]) { self.vars = vars }

    /// A name starts with a letter or `_` and holds letters, digits, `_` and `-` (ASCII).
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isLetter(first) || first == 0x5F else { return false }
        return name.utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }

    /// True when `text` holds a `${` placeholder, read as `substitute` reads it (`$${` is a literal).
    static func containsPlaceholder(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x24, i + 2 < bytes.count, bytes[i + 1] == 0x24, bytes[i + 2] == 0x7B {  // $${
                i += 3
            } else if bytes[i] == 0x24, bytes[i + 1] == 0x7B {  // ${
                return true
            } else {
                i += 1
            }
        }
        return false
    }

    /// The text with placeholders replaced; problems are reported at `location` (the scalar's start).
    mutating func substitute(_ text: String, at location: SourceLocation, into sink: DiagnosticSink) -> String {
        guard text.utf8.contains(0x24) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0x24, i + 2 < bytes.count, bytes[i + 1] == 0x24, bytes[i + 2] == 0x7B {  // $${
                out.append(contentsOf: [0x24, 0x7B])
                i += 3
                continue
            }
            if byte == 0x24, i + 1 < bytes.count, bytes[i + 1] == 0x7B {  // ${
                guard let close = bytes[(i + 2)...].firstIndex(of: 0x7D) else {
                    sink.error(.varSyntax, "\"${\" without a closing \"}\"", at: location,
                               hint: "write $${ for a literal ${")
                    return text
                }
                let name = String(decoding: bytes[(i + 2)..<close], as: UTF8.self)
                guard Self.isValidName(name) else {
                    sink.error(.varSyntax, "\"${\(name)}\" is not a valid variable reference", at: location,
                               hint: "names hold letters, digits, _ and -; write $${ for a literal ${")
                    return text
                }
                guard let value = vars[name] else {
                    let hint = Suggestion.hint(for: name, in: vars.keys.sorted())
                        ?? (vars.isEmpty ? "define it under \"vars\"" : "known variables: \(vars.keys.sorted().joined(separator: ", "))")
                    sink.error(.unknownVar, "unknown variable \"\(name)\"", at: location, hint: hint)
                    return text
                }
                used.insert(name)
                out.append(contentsOf: value.utf8)
                i = close + 1
                continue
            }
            out.append(byte)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
