import Foundation

/// Reads `tapform.yaml` into a `ProjectConfig`, checking every key and value. Problems are reported and the
/// faulty part falls back to its default, so the rest of the project is still checked.
struct ConfigReader {
    let sink: DiagnosticSink
    let file: String

    func read(_ root: YMapping) -> ProjectConfig {
        var config = ProjectConfig.default
        config.isFromFile = true
        config.defaultEnvironment.location = root.location
        guard VersionCheck.accepts(root, into: sink) else { return config }
        KeyChecker.check(root, fields: ConfigFields.all, into: sink)
        let reader = ValueReader(sink: sink)
        if let entry = root.entry(ConfigFields.environments.key), !entry.value.isNull {
            config.environments = environments(entry)
        }
        if let entry = root.entry(ConfigFields.defaultEnvironment.key),
           let name = reader.text(entry, ConfigFields.defaultEnvironment) {
            let known = [ProjectConfig.localEnvironment] + config.environments.map(\.name)
            if known.contains(name.value) {
                config.defaultEnvironment = name
            } else {
                sink.error(.unknownEnvironment, "\"defaultEnvironment\" names no environment: \"\(name.value)\"",
                           at: name.location,
                           hint: Suggestion.hint(for: name.value, in: known) ?? "environments: \(known.joined(separator: ", "))")
            }
        }
        if let entry = root.entry(ConfigFields.paths.key), !entry.value.isNull { config.paths = paths(entry) }
        if let entry = root.entry(ConfigFields.manage.key), !entry.value.isNull {
            config.manage = reader.textOrList(entry, ConfigFields.manage)
        }
        return config
    }

    private func environments(_ entry: YEntry) -> [EnvironmentConfig] {
        guard case .mapping(let mapping) = entry.value else {
            sink.error(.wrongType, "\"environments\" must be a mapping of names to settings, found \(entry.value.typeDescription)",
                       at: entry.value.location)
            return []
        }
        return mapping.entries.compactMap(environment)
    }

    private func environment(_ entry: YEntry) -> EnvironmentConfig? {
        let name = entry.key
        if name == ProjectConfig.localEnvironment {
            sink.error(.reservedName, "environment name \"local\" is reserved for the embedded emulator",
                       at: entry.keyLocation, hint: "choose another name; --env local needs no configuration")
            return nil
        }
        guard VarSubstituter.isValidName(name) else {
            sink.error(.invalidName,
                       "environment name \"\(name)\" must start with a letter or _ and hold only letters, digits, _ and -",
                       at: entry.keyLocation)
            return nil
        }
        guard case .mapping(let settings) = entry.value else {
            sink.error(.wrongType, "environment \"\(name)\" must be a mapping with url and apiKeyEnv, found \(entry.value.typeDescription)",
                       at: entry.value.location)
            return nil
        }
        let reader = ValueReader(sink: sink, context: "environment \"\(name)\": ")
        let errors = sink.errorCount
        var url: URL?
        if let urlEntry = settings.entry(EnvironmentFields.url.key) {
            if let text = reader.text(urlEntry, EnvironmentFields.url) { url = checkURL(text, environment: name) }
        } else {
            sink.error(.missingKey, "environment \"\(name)\" has no \"url\"", at: settings.location)
        }
        let apiKey = apiKeySource(settings, environment: name, reader: reader)
        guard let url, let apiKey, sink.errorCount == errors else { return nil }
        return EnvironmentConfig(name: name, url: url, apiKey: apiKey, location: entry.keyLocation)
    }

    private func checkURL(_ text: Located<String>, environment: String) -> URL? {
        switch URLPolicy.check(text.value) {
        case .success(let url): return url
        case .failure(.insecure):
            sink.error(.insecureURL, "environment \"\(environment)\": \"url\" must use https (plain http only to localhost)",
                       at: text.location)
        case .failure(.credentials):
            sink.error(.secretInConfig, "environment \"\(environment)\": \"url\" must not contain a user name or password",
                       at: text.location, hint: "the API key comes from apiKeyEnv or apiKeyFile")
        case .failure(.unsupportedScheme), .failure(.unparseable):
            sink.error(.invalidURL, "environment \"\(environment)\": \"url\" is not a valid https URL",
                       at: text.location, hint: "e.g. https://partner-api.taptalent.io/v1/partner")
        }
        return nil
    }

    private func apiKeySource(_ settings: YMapping, environment: String, reader: ValueReader) -> EnvironmentConfig.APIKeySource? {
        let envEntry = settings.entry(EnvironmentFields.apiKeyEnv.key)
        let fileEntry = settings.entry(EnvironmentFields.apiKeyFile.key)
        switch (envEntry, fileEntry) {
        case (nil, nil):
            sink.error(.missingKey, "environment \"\(environment)\" needs \"apiKeyEnv\" or \"apiKeyFile\"",
                       at: settings.location)
        case (.some, .some):
            sink.error(.conflictingKeys, "environment \"\(environment)\": set \"apiKeyEnv\" or \"apiKeyFile\", not both",
                       at: fileEntry!.keyLocation)
        case (let envEntry?, nil):
            guard let name = reader.text(envEntry, EnvironmentFields.apiKeyEnv) else { return nil }
            if looksLikeKey(name.value) {
                sink.error(.secretInConfig, "environment \"\(environment)\": \"apiKeyEnv\" looks like an API key; it must name an environment variable",
                           at: name.location, hint: "remove the key from this file and rotate it")
                return nil
            }
            guard isEnvironmentVariableName(name.value) else {
                sink.error(.invalidValue, "environment \"\(environment)\": \"apiKeyEnv\" must be an environment variable name (letters, digits, _)",
                           at: name.location)
                return nil
            }
            return .environmentVariable(name.value)
        case (nil, let fileEntry?):
            guard let path = reader.text(fileEntry, EnvironmentFields.apiKeyFile) else { return nil }
            if looksLikeKey(path.value) {
                sink.error(.secretInConfig, "environment \"\(environment)\": \"apiKeyFile\" looks like an API key; it must name a file",
                           at: path.location, hint: "remove the key from this file and rotate it")
                return nil
            }
            return .file(path.value)
        }
        return nil
    }

    private func looksLikeKey(_ text: String) -> Bool {
        text.hasPrefix("sk_live_") || text.hasPrefix("sk_test_")
    }

    private func isEnvironmentVariableName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
            return false
        }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    private func paths(_ entry: YEntry) -> ProjectPaths {
        var paths = ProjectPaths()
        guard case .mapping(let mapping) = entry.value else {
            sink.error(.wrongType, "\"paths\" must be a mapping with assessments and templates, found \(entry.value.typeDescription)",
                       at: entry.value.location)
            return paths
        }
        let reader = ValueReader(sink: sink, context: "paths: ")
        for field in PathFields.all {
            guard let item = mapping.entry(field.key), let text = reader.text(item, field) else { continue }
            switch RelativePath.normalise(text.value) {
            case .success(let normalised):
                switch field.key {
                case PathFields.assessments.key: paths.assessments = normalised
                case PathFields.flows.key: paths.flows = normalised
                default: paths.templates = normalised
                }
            case .failure(let problem):
                sink.error(.pathEscape, "paths: \"\(field.key)\" \(problem.message)", at: text.location)
            }
        }
        return paths
    }
}
