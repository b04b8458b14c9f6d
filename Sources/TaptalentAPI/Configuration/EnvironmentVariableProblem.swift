/// A setting read from the process environment (`TAPFORM_ALLOWED_HOSTS`, `TAPFORM_HTTP_TRANSPORT`) that
/// tapform cannot use: a sentence naming the variable, the value and what to set instead.
public struct EnvironmentVariableProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}
