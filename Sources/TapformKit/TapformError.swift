/// A failure to show the user as it is: one clear sentence naming the file, the environment or the row,
/// and what to do. The command line prints it after `error: ` and exits 1.
public struct TapformError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
