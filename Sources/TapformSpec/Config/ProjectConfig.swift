import Foundation
import TaptalentContract

/// `tapform.yaml`, resolved. When the file is absent, `ProjectConfig.default`.
public struct ProjectConfig: Sendable, Hashable {
    /// The reserved name of the embedded emulator environment, always available without configuration.
    public static let localEnvironment = "local"
    public static let fileName = "tapform.yaml"

    /// Configured environments, in file order (never contains `local`).
    public var environments: [EnvironmentConfig]
    /// `defaultEnvironment`, or `local` when the file names none.
    public var defaultEnvironment: Located<String>
    public var paths: ProjectPaths
    /// `manage`: name globs of the remote assessments this repository manages (for `--prune`); nil when absent.
    public var manage: [Located<String>]?
    /// True when the values come from a `tapform.yaml` file.
    public var isFromFile: Bool

    public static let `default` = ProjectConfig(
        environments: [],
        defaultEnvironment: Located(localEnvironment, at: .start(of: fileName), isDefault: true),
        paths: ProjectPaths(), manage: nil, isFromFile: false)

    /// The environment with this name; nil for `local` (use the emulator) and for unknown names.
    public func environment(named name: String) -> EnvironmentConfig? {
        environments.first { $0.name == name }
    }

    /// All environment names that `--env` accepts: `local` and the configured ones.
    public var environmentNames: [String] { [Self.localEnvironment] + environments.map(\.name) }
}

/// One named remote environment.
public struct EnvironmentConfig: Sendable, Hashable {
    public enum APIKeySource: Sendable, Hashable {
        /// The name of an environment variable holding the key.
        case environmentVariable(String)
        /// A file holding the key; relative paths are relative to the project root.
        case file(String)
    }

    public var name: String
    public var url: URL
    public var apiKey: APIKeySource
    /// Where the environment's key is written in tapform.yaml.
    public var location: SourceLocation
}

/// Folders of the project, relative to the root.
public struct ProjectPaths: Sendable, Hashable {
    public var assessments: String
    public var templates: String
    /// Flow files (`flows/**/*.yaml`).
    public var flows: String

    public init(assessments: String = "assessments", templates: String = "templates", flows: String = "flows") {
        self.assessments = assessments
        self.templates = templates
        self.flows = flows
    }
}
