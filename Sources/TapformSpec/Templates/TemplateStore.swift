/// Finds, reads and resolves templates by name (a path under the templates folder without its extension,
/// e.g. `roles/backend`). Each template file is read and key-checked once; resolved templates are cached.
/// Cycles are reported naming the whole cycle.
final class TemplateStore {
    private let source: SpecSource
    private let directory: String
    private let sink: DiagnosticSink
    /// Template name -> root-relative file path, for every template file found.
    private(set) var files: [String: String] = [:]
    private var parsed: [String: YMapping?] = [:]
    private var resolved: [String: YMapping?] = [:]

    init(source: SpecSource, directory: String, sink: DiagnosticSink) {
        self.source = source
        self.directory = directory
        self.sink = sink
        var byName: [String: [String]] = [:]
        switch source.kind(of: directory) {
        case .directory:
            let prefix = directory == "." ? 0 : directory.count + 1
            let found = source.yamlFiles(under: directory)
            for path in found.files {
                byName[RelativePath.stem(String(path.dropFirst(prefix))), default: []].append(path)
            }
            found.problems.forEach(sink.error)
        case .problem(let problem):
            sink.error(problem)
        case .file, .missing:
            break
        }
        for (name, paths) in byName {
            files[name] = paths.sorted().first
            if paths.count > 1 {
                sink.error(.ambiguousTemplate,
                           "template \"\(name)\" exists as both \(paths.sorted().joined(separator: " and ")); keep one",
                           at: .start(of: paths.sorted()[1]))
            }
        }
    }

    var names: [String] { files.keys.sorted() }

    /// Reads and key-checks every template, so problems in unused templates are reported too.
    func checkAll() {
        for name in names { _ = template(name) }
    }

    /// The template's own top-level mapping (not resolved), or nil when it cannot be read.
    private func template(_ name: String) -> YMapping? {
        if let cached = parsed[name] { return cached }
        guard let path = files[name] else { return nil }
        let mapping = FileReader.readMapping(path, from: source, into: sink).flatMap { root -> YMapping? in
            guard VersionCheck.accepts(root, into: sink) else { return nil }
            KeyChecker.check(root, fields: AssessmentFields.all, into: sink)
            return root
        }
        parsed[name] = mapping
        return mapping
    }

    enum Resolution {
        /// The merged templates (nil when the list was empty).
        case resolved(YMapping?)
        /// A template was unknown, unreadable or part of a cycle (already reported).
        case failed
    }

    /// The result of applying, in order, the templates named by an `extends` value.
    func resolve(_ names: [Located<String>], chain: [String] = []) -> Resolution {
        var base: YMapping?
        var failed = false
        for name in names {
            guard let template = resolveOne(name, chain: chain) else { failed = true; continue }
            base = TemplateMerger.overlay(template, onto: base)
        }
        return failed ? .failed : .resolved(base)
    }

    private func resolveOne(_ name: Located<String>, chain: [String]) -> YMapping? {
        if let start = chain.firstIndex(of: name.value) {
            let cycle = (chain[start...] + [name.value]).joined(separator: " -> ")
            sink.error(.templateCycle, "template cycle: \(cycle)", at: name.location)
            return nil
        }
        if let cached = resolved[name.value] { return cached }
        guard case .success(let normalised) = RelativePath.normalise(name.value), normalised == name.value,
              files[normalised] != nil else {
            reportUnknown(name)
            return nil
        }
        guard let own = template(normalised) else {
            resolved[normalised] = .some(nil)
            return nil
        }
        let result: YMapping?
        let parents = ExtendsReader.read(own, into: sink)
        if let parents {
            switch resolve(parents, chain: chain + [normalised]) {
            case .resolved(let base): result = TemplateMerger.overlay(own.removing(TemplateMerger.notInherited), onto: base)
            case .failed: result = nil
            }
        } else {
            result = nil
        }
        resolved[normalised] = .some(result)
        return result
    }

    private func reportUnknown(_ name: Located<String>) {
        let message: String
        switch RelativePath.normalise(name.value) {
        case .failure(let problem):
            sink.error(.pathEscape, "template name \"\(name.value)\" \(problem.message)", at: name.location)
            return
        case .success:
            message = "unknown template \"\(name.value)\""
        }
        var hint = Suggestion.hint(for: RelativePath.stem(name.value), in: names)
        if hint == nil, RelativePath.isYAML(name.value) { hint = "write the name without .yaml/.yml" }
        if hint == nil { hint = names.isEmpty ? "no templates found under \(directory)/" : "templates: \(names.joined(separator: ", "))" }
        sink.error(.unknownTemplate, message, at: name.location, hint: hint)
    }
}
