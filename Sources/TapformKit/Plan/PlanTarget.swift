import Foundation
import TapformSpec

/// The account a plan was made for: the environment's name and the API base URL (never the key).
public struct PlanTarget: Codable, Sendable, Hashable, CustomStringConvertible {
    public var environment: String
    public var baseURL: String

    public init(environment: String, baseURL: String) {
        self.environment = environment
        self.baseURL = baseURL
    }

    public init(_ connection: Connection) {
        self.init(environment: connection.environmentName, baseURL: connection.client.configuration.baseURL.absoluteString)
    }

    /// True when a plan made for `self` may be applied to `other`. The embedded emulator listens on a new
    /// port each run, so for `local` the name alone decides; elsewhere name and URL must both match.
    public func accepts(_ other: PlanTarget) -> Bool {
        guard environment == other.environment else { return false }
        return environment == ProjectConfig.localEnvironment || baseURL == other.baseURL
    }

    public var description: String {
        environment == ProjectConfig.localEnvironment || environment == baseURL
            ? "environment \"\(environment)\"" : "environment \"\(environment)\" (\(baseURL))"
    }
}
