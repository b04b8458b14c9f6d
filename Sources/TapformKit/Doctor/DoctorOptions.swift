import Foundation
import TaptalentAPI

/// What `tapform doctor` checks: the project at `root`, and the environment or URL that `connection` names.
public struct DoctorOptions: Sendable {
    public var root: URL
    /// `--env` or `--url`, the process environment (where keys are read), retries and timeout. Its
    /// `readOnly` is ignored: doctor's reads go through a read-only client, and only `write` makes another.
    public var connection: ConnectionRequest
    /// How requests are sent; nil for the network. Tests answer with a fake.
    public var transport: (any HTTPTransport)?
    /// `--write`: also run the checks that change the account (`DoctorWriteChecks`).
    public var write: Bool
    /// `--production`: allow `write` on Taptalent's production host.
    public var allowProduction: Bool
    /// SIGINT or SIGTERM during `write`: no new step starts, and what was created is set inactive.
    public var interruption: RunInterruption?

    public init(root: URL, connection: ConnectionRequest, transport: (any HTTPTransport)? = nil,
                write: Bool = false, allowProduction: Bool = false, interruption: RunInterruption? = nil) {
        self.interruption = interruption
        self.root = root
        self.connection = connection
        self.transport = transport
        self.write = write
        self.allowProduction = allowProduction
    }
}
