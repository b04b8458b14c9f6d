import TapformPlan
import TapformSpec

/// Whether `pull` and `generate` may write an assessment's questions into its own file.
///
/// Decision: when the questions come from a template (a `questions:` list inherited through `extends`, or
/// a `{prepend/append}` edit of one), the command refuses. Writing them into the file would copy the
/// template's questions there and silently cut the assessment off from later template edits. A `generate:`
/// inherited from a template is fine: the file gets its own `questions:` list, which overrides it, and
/// from then on owns the questions.
enum QuestionOwnership {
    /// Why the questions of `spec` cannot be rewritten in its file; nil when they can.
    static func refusal(_ spec: AssessmentSpec) -> String? {
        guard spec.questionsBlock.isRewritable else {
            return "\(spec.file): the top level is not a block mapping (one key per line), so its questions "
                + "cannot be rewritten in place; write it in block style first"
        }
        let questionsKey = spec.keyLocations[SpecKey.questions.rawValue]
        let inherited = (spec.questions ?? []).map(\.location.file).filter { $0 != spec.file }
        let templateFile = inherited.first ?? questionsKey.flatMap { $0.file == spec.file ? nil : $0.file }
        guard let templateFile else { return nil }
        return "\(spec.file): the questions of \"\(spec.name.value)\" come from the template \(templateFile); "
            + "writing them into this file would copy the template's questions here and stop them following "
            + "the template. Give the file its own `questions:` list first, or edit the template by hand"
    }
}
