/// Reads `extends:` (one name or a list of names).
enum ExtendsReader {
    /// The template names, [] when absent; nil (reported) when the value has the wrong type.
    static func read(_ mapping: YMapping, into sink: DiagnosticSink) -> [Located<String>]? {
        guard let entry = mapping.entry(AssessmentFields.extends.key) else { return [] }
        return ValueReader.textOrList(entry, field: AssessmentFields.extends, into: sink)
    }
}
