/// Loads one assessment file: parse, check keys, apply templates, substitute vars, build the spec.
struct AssessmentFileLoader {
    let source: SpecSource
    let templates: TemplateStore
    let sink: DiagnosticSink

    func load(_ path: String) -> AssessmentSpec? {
        let parsed = FileReader.read(path, from: source, into: sink)
        guard let root = parsed.root, let text = parsed.text else { return nil }
        guard VersionCheck.accepts(root, into: sink) else { return nil }
        KeyChecker.check(root, fields: AssessmentFields.all, into: sink)
        guard let extends = ExtendsReader.read(root, into: sink),
              case .resolved(let base) = templates.resolve(extends) else { return nil }
        let merged = TemplateMerger.finish(TemplateMerger.overlay(root, onto: base))
        let errors = sink.errorCount
        let (tree, vars) = VarResolution.apply(to: merged, ownVars: root.value(AssessmentFields.vars.key)?.mapping,
                                               into: sink)
        let block = TopLevelBlocks(text: text).questionsBlock(for: root)
        let spec = AssessmentBuilder(sink: sink).build(tree, file: path, extends: extends, vars: vars, block: block)
        return sink.errorCount == errors ? spec : nil
    }
}
