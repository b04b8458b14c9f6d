/// The keys of `tapform.yaml`.
enum ConfigFields {
    static let version = FieldSpec("version", .integer(1...SpecLimits.formatVersion),
        "File format version. Optional; a file with a newer version needs a newer tapform.")
    static let environments = FieldSpec("environments", .namedObjects(EnvironmentFields.all),
        "Named Taptalent accounts to plan and apply against. \"local\" is reserved for the embedded emulator.")
    static let defaultEnvironment = FieldSpec("defaultEnvironment", .text(length: 1...100),
        default: .string(ProjectConfig.localEnvironment),
        "The environment used when --env is not given; \"local\" (the embedded emulator) when absent.")
    static let paths = FieldSpec("paths", .object(PathFields.all),
        "Where assessments and templates live, relative to tapform.yaml.")
    static let manage = FieldSpec("manage", .textOrTextList,
        "Name globs (* and ?) of the remote assessments this repository manages; --prune acts only inside them.")

    static let all: [FieldSpec] = [version, environments, defaultEnvironment, paths, manage]
}

enum EnvironmentFields {
    static let url = FieldSpec("url", .text(length: 1...2_000), required: true,
        "Base URL of the Partner API, e.g. https://partner-api.taptalent.io/v1/partner. https is required except to loopback hosts.")
    static let apiKeyEnv = FieldSpec("apiKeyEnv", .text(length: 1...200),
        "Name of the environment variable holding the API key (never the key itself).")
    static let apiKeyFile = FieldSpec("apiKeyFile", .text(length: 1...4_096),
        "Path of a file holding the API key, relative to tapform.yaml or absolute; keep it out of git.")

    static let all: [FieldSpec] = [url, apiKeyEnv, apiKeyFile]
}

enum PathFields {
    static let assessments = FieldSpec("assessments", .text(length: 1...1_000), default: .string("assessments"),
        "Folder of assessment files (searched recursively for .yaml and .yml).")
    static let templates = FieldSpec("templates", .text(length: 1...1_000), default: .string("templates"),
        "Folder of templates; a template's name is its path inside it without the extension.")

    static let flows = FieldSpec("flows", .text(length: 1...1_000), default: .string("flows"),
        "Folder of flow files (searched recursively for .yaml and .yml).")

    static let all: [FieldSpec] = [assessments, templates, flows]
}
