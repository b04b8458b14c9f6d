/// Applies `${name}` substitution to a resolved (merged) assessment tree.
enum VarResolution {
    /// Keys whose values are never substituted.
    static let literalKeys: Set<String> = [AssessmentFields.vars.key, AssessmentFields.extends.key,
                                           AssessmentFields.version.key]

    /// Reads `vars`, substitutes every other scalar, and warns about variables the file defines but never uses.
    /// - Parameter ownVars: the `vars` mapping written in the assessment file itself (not its templates).
    static func apply(to tree: YMapping, ownVars: YMapping?, into sink: DiagnosticSink)
        -> (tree: YMapping, vars: [String: String])
    {
        let values = collectVars(tree.value(AssessmentFields.vars.key), into: sink)
        var substituter = VarSubstituter(vars: values)
        var result = tree
        for index in result.entries.indices where !literalKeys.contains(result.entries[index].key) {
            result.entries[index].value = substitute(result.entries[index].value, with: &substituter, into: sink)
        }
        for entry in ownVars?.entries ?? [] where values[entry.key] != nil && !substituter.used.contains(entry.key) {
            sink.warning(.unusedVar, "variable \"\(entry.key)\" is never used", at: entry.keyLocation)
        }
        return (result, values)
    }

    private static func collectVars(_ value: YValue?, into sink: DiagnosticSink) -> [String: String] {
        guard let value else { return [:] }
        guard case .mapping(let mapping) = value else {
            sink.error(.wrongType, "\"vars\" must be a mapping of names to values, found \(value.typeDescription)",
                       at: value.location)
            return [:]
        }
        var vars: [String: String] = [:]
        for entry in mapping.entries where VarSubstituter.isValidName(entry.key) {
            guard case .scalar(let scalar) = entry.value, scalar.kind != .null else {
                sink.error(.wrongType,
                           "variable \"\(entry.key)\" must be a string, number or boolean, found \(entry.value.typeDescription)",
                           at: entry.value.location)
                continue
            }
            vars[entry.key] = scalar.text
        }
        return vars
    }

    private static func substitute(_ value: YValue, with substituter: inout VarSubstituter,
                                   into sink: DiagnosticSink) -> YValue {
        switch value {
        case .scalar(var scalar):
            scalar.text = substituter.substitute(scalar.text, at: scalar.location, into: sink)
            return .scalar(scalar)
        case .sequence(var sequence):
            for index in sequence.items.indices {
                sequence.items[index] = substitute(sequence.items[index], with: &substituter, into: sink)
            }
            return .sequence(sequence)
        case .mapping(var mapping):
            for index in mapping.entries.indices {
                mapping.entries[index].value = substitute(mapping.entries[index].value, with: &substituter, into: sink)
            }
            return .mapping(mapping)
        }
    }
}
