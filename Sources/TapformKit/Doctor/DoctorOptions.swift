import Foundation
import TaptalentAPI

/// What `tapform doctor` checks: the project at `root`, and the environment or URL that `connection` names.
public struct DoctorOptions: Sendable {
    public var root: URL
    /// `--env` or `--url`, the process environment (where keys are read), retries and timeout. Its
    /// `readOnly` is ignored: doctor's client is always read-only.
    public var connection: ConnectionRequest
    /// How requests are sent; nil for the network. Tests answer with a fake.
    public var transport: (any HTTPTransport)?

    public init(root: URL, connection: ConnectionRequest, transport: (any HTTPTransport)? = nil) {
        self.root = root
        self.connection = connection
        self.transport = transport
    }
}
