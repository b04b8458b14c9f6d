import TaptalentContract

/// Typed reads of values, checked against their `FieldSpec` (type, trimmed length, range, choices). Each
/// problem is reported at the value's position and the read returns nil.
struct ValueReader {
    let sink: DiagnosticSink
    /// Prefix naming where the key sits, e.g. `question 3: `.
    var context: String = ""

    private func name(_ field: FieldSpec) -> String { "\(context)\"\(field.key)\"" }

    private func wrongType(_ field: FieldSpec, expected: String, found value: YValue, hint: String? = nil) {
        sink.error(.wrongType, "\(name(field)) must be \(expected), found \(value.typeDescription)",
                   at: value.location, hint: hint)
    }

    /// A string; numbers are taken as written. Booleans and null are refused (quote them).
    func text(_ entry: YEntry, _ field: FieldSpec) -> Located<String>? {
        guard case .scalar(let scalar) = entry.value else {
            wrongType(field, expected: "a string", found: entry.value)
            return nil
        }
        switch scalar.kind {
        case .null:
            wrongType(field, expected: "a string", found: entry.value)
            return nil
        case .bool:
            wrongType(field, expected: "a string", found: entry.value,
                      hint: "quote it: \(field.key): \"\(scalar.text)\"")
            return nil
        default:
            break
        }
        if case .text(let length?) = field.kind { checkLength(scalar.text, length, field, at: scalar.location) }
        return Located(scalar.text, at: scalar.location)
    }

    func checkLength(_ text: String, _ length: ClosedRange<Int>, _ field: FieldSpec, at location: SourceLocation) {
        let count = Self.trimmedLength(text)
        if count < length.lowerBound {
            let what = length.lowerBound == 1 ? "must not be empty" :
                "is too short: at least \(length.lowerBound) characters after trimming, found \(count)"
            sink.error(.tooShort, "\(name(field)) \(what)", at: location)
        } else if count > length.upperBound {
            sink.error(.tooLong, "\(name(field)) is too long: at most \(length.upperBound) characters, found \(count)",
                       at: location)
        }
    }

    /// Length in characters (extended grapheme clusters) after trimming whitespace and newlines.
    static func trimmedLength(_ text: String) -> Int { TextMeasure.trimmedLength(text) }

    /// A string, or an integer turned into its decimal text; must not be blank.
    func identifier(_ entry: YEntry, _ field: FieldSpec) -> Located<String>? {
        guard case .scalar(let scalar) = entry.value else {
            wrongType(field, expected: "a string", found: entry.value)
            return nil
        }
        let text: String
        switch scalar.kind {
        case .string: text = scalar.text
        case .int(let number): text = String(number)
        default:
            wrongType(field, expected: "a string (or a whole number)", found: entry.value,
                      hint: "quote it: \(field.key): \"\(scalar.text)\"")
            return nil
        }
        if Self.trimmedLength(text) == 0 {
            sink.error(.tooShort, "\(name(field)) must not be empty", at: scalar.location)
            return nil
        }
        return Located(text, at: scalar.location)
    }

    func integer(_ entry: YEntry, _ field: FieldSpec) -> Located<Int>? {
        if case .scalar(let scalar) = entry.value, scalar.kind == .otherNumber, ScalarKind.isOversizedInteger(scalar.text),
           case .integer(let range) = field.kind {
            let digits = scalar.text.utf8.count { $0 >= 0x30 && $0 <= 0x39 }
            sink.error(.outOfRange,
                       "\(name(field)) must be between \(range.lowerBound) and \(range.upperBound), "
                           + "found a whole number of \(digits) digits, far out of that range",
                       at: scalar.location)
            return nil
        }
        guard case .scalar(let scalar) = entry.value, case .int(let number) = scalar.kind else {
            let hint = entry.value.scalar.map { $0.style == .quoted ? "remove the quotes" : nil } ?? nil
            wrongType(field, expected: "a whole number", found: entry.value, hint: hint)
            return nil
        }
        if case .integer(let range) = field.kind, !range.contains(number) {
            sink.error(.outOfRange,
                       "\(name(field)) must be between \(range.lowerBound) and \(range.upperBound), found \(number)",
                       at: scalar.location)
            return nil
        }
        return Located(number, at: scalar.location)
    }

    /// A whole or decimal number, checked against the field's range.
    func number(_ entry: YEntry, _ field: FieldSpec) -> Located<Double>? {
        var parsed: (scalar: YScalar, value: Double)?
        if case .scalar(let scalar) = entry.value {
            switch scalar.kind {
            case .int(let whole): parsed = (scalar, Double(whole))
            case .otherNumber:
                if let value = Double(scalar.text.replacingOccurrences(of: "_", with: "")), value.isFinite {
                    parsed = (scalar, value)
                }
            default: break
            }
        }
        guard let (scalar, number) = parsed else {
            let hint = entry.value.scalar.map { $0.style == .quoted ? "remove the quotes" : nil } ?? nil
            wrongType(field, expected: "a number", found: entry.value, hint: hint)
            return nil
        }
        if case .number(let range) = field.kind, !range.contains(number) {
            sink.error(.outOfRange,
                       "\(name(field)) must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound)), "
                           + "found \(scalar.text)",
                       at: scalar.location)
            return nil
        }
        return Located(number, at: scalar.location)
    }

    /// `70` rather than `70.0`.
    static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }

    func boolean(_ entry: YEntry, _ field: FieldSpec) -> Located<Bool>? {
        guard case .scalar(let scalar) = entry.value, case .bool(let flag) = scalar.kind else {
            wrongType(field, expected: "true or false", found: entry.value)
            return nil
        }
        return Located(flag, at: scalar.location)
    }

    /// One of the field's choices, compared ignoring case; returned lower-case.
    func choice(_ entry: YEntry, _ field: FieldSpec) -> Located<String>? {
        guard case .choice(let choices) = field.kind, let text = text(entry, field) else { return nil }
        let lower = text.value.lowercased()
        guard choices.contains(lower) else {
            let hint = Suggestion.hint(for: text.value, in: choices) ?? "one of: \(choices.joined(separator: ", "))"
            sink.error(.invalidValue, "\(name(field)) must be one of \(choices.joined(separator: ", "))",
                       at: text.location, hint: hint)
            return nil
        }
        return Located(lower, at: text.location)
    }

    /// A list of strings with the field's count and item-length limits; duplicates ignoring case are errors.
    func textList(_ entry: YEntry, _ field: FieldSpec) -> [Located<String>]? {
        guard case .sequence(let sequence) = entry.value else {
            wrongType(field, expected: "a list of strings", found: entry.value,
                      hint: "write \(field.key): [first, second]")
            return nil
        }
        guard case .textList(let maxCount, let itemLength) = field.kind else { return nil }
        if let maxCount, sequence.items.count > maxCount {
            sink.error(.tooMany, "\(name(field)) holds \(sequence.items.count) items; at most \(maxCount) are allowed",
                       at: entry.keyLocation)
        }
        var items: [Located<String>] = []
        var seen: [String: SourceLocation] = [:]
        var failed = false
        for item in sequence.items {
            guard let value = text(YEntry(key: field.key, keyLocation: item.location, value: item), field) else {
                failed = true
                continue
            }
            if let itemLength { checkLength(value.value, itemLength, field, at: value.location) }
            let folded = TextMeasure.folded(value.value)
            if let first = seen[folded] {
                sink.error(.duplicateSkill,
                           "\(name(field)) lists \"\(value.value)\" twice (ignoring case; first at line \(first.line))",
                           at: value.location)
            } else {
                seen[folded] = value.location
            }
            items.append(value)
        }
        return failed ? nil : items
    }

    /// One string or a list of strings (`renamedFrom`, `extends`, `manage`).
    func textOrList(_ entry: YEntry, _ field: FieldSpec) -> [Located<String>]? {
        switch entry.value {
        case .scalar:
            return text(entry, field).map { [$0] }
        case .sequence(let sequence):
            var items: [Located<String>] = []
            for item in sequence.items {
                guard let value = text(YEntry(key: field.key, keyLocation: item.location, value: item), field) else {
                    return nil
                }
                if Self.trimmedLength(value.value) == 0 {
                    sink.error(.tooShort, "\(name(field)) must not hold an empty string", at: value.location)
                    return nil
                }
                items.append(value)
            }
            return items
        case .mapping:
            wrongType(field, expected: "a string or a list of strings", found: entry.value)
            return nil
        }
    }

    static func textOrList(_ entry: YEntry, field: FieldSpec, into sink: DiagnosticSink) -> [Located<String>]? {
        ValueReader(sink: sink).textOrList(entry, field)
    }
}
