/// Checks every key of one file against the key tables: unknown keys (with "did you mean"), the
/// `{append, prepend}` form of questions, variable names. Values are checked later, on the resolved tree.
enum KeyChecker {
    static func check(_ mapping: YMapping, fields: [FieldSpec], context: String? = nil, into sink: DiagnosticSink) {
        for entry in mapping.entries {
            guard let field = fields[entry.key] else {
                reportUnknown(entry, known: fields.keys, context: context, into: sink)
                continue
            }
            checkValue(entry.value, of: field, into: sink)
        }
    }

    private static func checkValue(_ value: YValue, of field: FieldSpec, into sink: DiagnosticSink) {
        switch (field.kind, value) {
        case (.object(let fields), .mapping(let mapping)):
            check(mapping, fields: fields, context: "\"\(field.key)\"", into: sink)
        case (.namedObjects(let fields), .mapping(let mapping)):
            for entry in mapping.entries {
                if case .mapping(let inner) = entry.value {
                    check(inner, fields: fields, context: "\"\(field.key)\".\"\(entry.key)\"", into: sink)
                }
            }
        case (.questionList(let item, _), .sequence(let sequence)):
            checkQuestions(sequence, item: item, into: sink)
        case (.questionList(let item, _), .mapping(let edit)):
            for entry in edit.entries {
                guard QuestionEditFields.all.contains(entry.key) else {
                    reportUnknown(entry, known: QuestionEditFields.all, context: "\"questions\"", into: sink,
                                  extraHint: "questions is a list, or a mapping with append and/or prepend")
                    continue
                }
                if case .sequence(let sequence) = entry.value { checkQuestions(sequence, item: item, into: sink) }
            }
        case (.objectList(let item, _), .sequence(let sequence)):
            for (index, value) in sequence.items.enumerated() {
                if case .mapping(let inner) = value { check(inner, fields: item, context: "\"\(field.key)\" item \(index + 1)", into: sink) }
            }
        case (.varMap, .mapping(let mapping)):
            for entry in mapping.entries where !VarSubstituter.isValidName(entry.key) {
                sink.error(.invalidName,
                           "variable name \"\(entry.key)\" must start with a letter or _ and hold only letters, digits, _ and -",
                           at: entry.keyLocation)
            }
        default:
            break
        }
    }

    private static func checkQuestions(_ sequence: YSequence, item: [FieldSpec], into sink: DiagnosticSink) {
        for (index, value) in sequence.items.enumerated() {
            if case .mapping(let question) = value {
                check(question, fields: item, context: "question \(index + 1)", into: sink)
            }
        }
    }

    private static func reportUnknown(
        _ entry: YEntry, known: [String], context: String?, into sink: DiagnosticSink, extraHint: String? = nil
    ) {
        let place = context.map { " in \($0)" } ?? ""
        var hint = Suggestion.hint(for: entry.key, in: known) ?? extraHint
        if entry.key == "<<" {
            hint = "YAML merge keys are not supported; put shared values in a template and use \"extends\""
        }
        sink.error(.unknownKey, "unknown key \"\(entry.key)\"\(place)", at: entry.keyLocation, hint: hint)
    }
}
