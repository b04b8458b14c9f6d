import Foundation

/// The entry point: reads a project (tapform.yaml, templates, assessment files) into a `ProjectSpecResult`.
/// Reads only the files it is given or finds under the configured folders; never writes.
public enum SpecLoader {
    /// Loads the project under `root`.
    /// - Parameters:
    ///   - root: the folder holding `tapform.yaml` (which may be absent: defaults then apply).
    ///   - paths: assessment files or folders to check instead of the whole assessments folder; relative to
    ///     `root`, or absolute inside it. Folders are searched recursively for `.yaml`/`.yml`.
    public static func loadProject(root: URL, paths: [String]? = nil) -> ProjectSpecResult {
        if let problem = ProjectFolder.problem(root) {
            return ProjectSpecResult(
                config: .default, assessments: [],
                diagnostics: [Diagnostic(.error, .unreadableFile, problem, file: root.path, line: 0, column: 0)],
                files: [], templates: [])
        }
        return load(from: FileSystemSource(root: root), paths: paths?.map { relative($0, to: root) })
    }

    /// The files `tapform fmt` lays out: the assessment and template files under the configured folders,
    /// or the `.yaml`/`.yml` files at or under `paths` (as for `loadProject`). Also every path that could
    /// not be used, as errors. `tapform.yaml` is never one of them.
    public static func layoutFiles(root: URL, paths: [String]?) -> (files: [String], diagnostics: [Diagnostic]) {
        if let problem = ProjectFolder.problem(root) {
            return ([], [Diagnostic(.error, .unreadableFile, problem, file: root.path, line: 0, column: 0)])
        }
        let source = FileSystemSource(root: root)
        let sink = DiagnosticSink()
        // tapform.yaml only says where the folders are; its own problems are validate's to report.
        let config = loadConfig(from: source, into: DiagnosticSink())
        var files = assessmentFiles(source: source, config: config, paths: paths?.map { relative($0, to: root) }, into: sink)
        if paths == nil, source.kind(of: config.paths.templates) == .directory {
            let found = source.yamlFiles(under: config.paths.templates)
            files += found.files
            found.problems.forEach(sink.error)
        }
        return (Array(Set(files)).sorted(), sink.diagnostics.sortedUnique())
    }

    /// A path given on the command line, relative to `root` when it is an absolute path inside it.
    private static func relative(_ path: String, to root: URL) -> String {
        guard path.hasPrefix("/") else { return path }
        let rootPath = FileSystemSource.realPath(root.path) ?? root.standardizedFileURL.path
        let real = FileSystemSource.realPath(path) ?? path
        if real == rootPath { return "." }
        return real.hasPrefix(rootPath + "/") ? String(real.dropFirst(rootPath.count + 1)) : path
    }

    /// Loads a project held in memory (root-relative path -> file text), e.g. for editors and tests.
    public static func loadProject(files: [String: String], paths: [String]? = nil) -> ProjectSpecResult {
        load(from: MemorySource(files: files), paths: paths)
    }

    static func load(from source: SpecSource, paths: [String]?) -> ProjectSpecResult {
        let sink = DiagnosticSink()
        let config = loadConfig(from: source, into: sink)
        let templates = TemplateStore(source: source, directory: config.paths.templates, sink: sink)
        templates.checkAll()
        let files = assessmentFiles(source: source, config: config, paths: paths, into: sink)
        let loader = AssessmentFileLoader(source: source, templates: templates, sink: sink)
        let assessments = files.compactMap(loader.load)
        CrossFileChecks.check(assessments, into: sink)
        let flowFiles = self.flowFiles(source: source, config: config, paths: paths, into: sink)
        let flowLoader = FlowFileLoader(source: source, sink: sink)
        let flows = flowFiles.compactMap(flowLoader.load)
        FlowChecks.check(flows, assessments: assessments, into: sink)
        let diagnostics = sink.diagnostics.sortedUnique()
        let failedFiles = Set(diagnostics.filter(\.isError).map(\.file))
        var result = ProjectSpecResult(
            config: config,
            assessments: assessments.filter { !failedFiles.contains($0.file) },
            diagnostics: diagnostics, files: files, templates: templates.names)
        result.flows = flows.filter { !failedFiles.contains($0.file) }
        result.flowFiles = flowFiles
        return result
    }

    /// The flow files: everything under the flows folder (absent: none); with `paths`, those of them under it.
    private static func flowFiles(source: SpecSource, config: ProjectConfig, paths: [String]?,
                                  into sink: DiagnosticSink) -> [String] {
        let prefix = config.paths.flows == "." ? "" : config.paths.flows + "/"
        if let paths {
            return paths.compactMap { try? RelativePath.normalise($0).get() }.flatMap { path -> [String] in
                guard path.hasPrefix(prefix) || path == config.paths.flows else { return [] }
                switch source.kind(of: path) {
                case .directory: return source.yamlFiles(under: path).files
                case .file: return [path]
                default: return []
                }
            }.sorted()
        }
        switch source.kind(of: config.paths.flows) {
        case .directory:
            let found = source.yamlFiles(under: config.paths.flows)
            found.problems.forEach(sink.error)
            return found.files
        case .problem(let problem):
            sink.error(problem)
            return []
        default:
            return []
        }
    }

    private static func loadConfig(from source: SpecSource, into sink: DiagnosticSink) -> ProjectConfig {
        let file = ProjectConfig.fileName
        guard source.kind(of: file) != .missing else { return .default }
        guard let root = FileReader.readMapping(file, from: source, into: sink) else {
            var config = ProjectConfig.default
            config.isFromFile = true
            return config
        }
        return ConfigReader(sink: sink, file: file).read(root)
    }

    private static func assessmentFiles(source: SpecSource, config: ProjectConfig, paths: [String]?,
                                        into sink: DiagnosticSink) -> [String] {
        var files: [String] = []
        for path in paths ?? [config.paths.assessments] {
            let normalised: String
            switch RelativePath.normalise(path) {
            case .success(let value): normalised = value
            case .failure(let problem):
                sink.error(.pathEscape, "path \(problem.message)", file: path)
                continue
            }
            switch source.kind(of: normalised) {
            case .directory:
                let found = source.yamlFiles(under: normalised)
                files += found.files
                found.problems.forEach(sink.error)
            case .file: files.append(normalised)
            case .problem(let problem): sink.error(problem)
            case .missing where paths != nil:
                sink.error(.unreadableFile, "no such file or folder", file: normalised)
            case .missing: break
            }
        }
        // Templates and the config are never assessments, even when their folders overlap.
        let templatesPrefix = config.paths.templates == "." ? "" : config.paths.templates + "/"
        let flowsPrefix = config.paths.flows + "/"
        var seen = Set<String>()
        return files.filter { path in
            path != ProjectConfig.fileName && (paths != nil || !path.hasPrefix(templatesPrefix))
                && !path.hasPrefix(flowsPrefix) && seen.insert(path).inserted
        }.sorted()
    }
}
