import Foundation

/// Checks across assessment files: two files with one name, a name equal to another file's `renamedFrom`,
/// two files pinning one `id`. Names are compared after trimming and Unicode NFC. The later file (by path)
/// gets the error, naming the earlier one.
enum CrossFileChecks {
    static func check(_ assessments: [AssessmentSpec], into sink: DiagnosticSink) {
        var names: [String: Located<String>] = [:]
        var ids: [String: Located<String>] = [:]
        for spec in assessments.sorted(by: { $0.file < $1.file }) {
            let key = normalised(spec.name.value)
            if let first = names[key] {
                sink.error(.duplicateName, "assessment name \"\(spec.name.value)\" is also used by \(first.location)",
                           at: spec.name.location, hint: "names identify assessments; each file needs its own")
            } else {
                names[key] = spec.name
            }
            if let id = spec.id {
                if let first = ids[id.value] {
                    sink.error(.duplicateID, "id \"\(id.value)\" is also pinned by \(first.location)", at: id.location)
                } else {
                    ids[id.value] = id
                }
            }
        }
        for spec in assessments {
            for old in spec.renamedFrom {
                guard let owner = names[normalised(old.value)], owner.location.file != spec.file else { continue }
                sink.error(.duplicateName,
                           "\"renamedFrom\" names \"\(old.value)\", the current name of the assessment in \(owner.location)",
                           at: old.location, hint: "an assessment cannot be renamed to a name another file uses")
            }
        }
    }

    static func normalised(_ name: String) -> String {
        String(TextMeasure.trimmed(name)).precomposedStringWithCanonicalMapping
    }
}
