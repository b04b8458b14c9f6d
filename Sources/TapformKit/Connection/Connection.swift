import Foundation
import TaptalentAPI
import TaptalentSandbox

/// A client bound to one environment; for `local`, also the in-process emulator behind it, which
/// `close()` stops.
public final class Connection: Sendable {
    public let client: TaptalentClient
    /// `local`, a name from tapform.yaml, or the URL given with `--url`.
    public let environmentName: String
    /// The embedded emulator when the environment is `local`.
    public let sandbox: RunningSandbox?

    init(client: TaptalentClient, environmentName: String, sandbox: RunningSandbox?) {
        self.client = client
        self.environmentName = environmentName
        self.sandbox = sandbox
    }

    public var isLocal: Bool { sandbox != nil }

    /// The emulator's test controls, for `local` only.
    public var sandboxControls: SandboxControlClient? {
        sandbox.flatMap { try? SandboxControlClient(url: $0.baseURL) }
    }

    public func close() async {
        await sandbox?.stop()
    }
}
