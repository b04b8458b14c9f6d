import Foundation
import TaptalentAPI
import TaptalentEmulator

/// A client bound to one environment; for `local`, also the in-process emulator behind it, which
/// `close()` stops.
public final class Connection: Sendable {
    public let client: TaptalentClient
    /// `local`, a name from tapform.yaml, or the URL given with `--url`.
    public let environmentName: String
    /// The embedded emulator when the environment is `local`.
    public let emulator: RunningEmulator?

    init(client: TaptalentClient, environmentName: String, emulator: RunningEmulator?) {
        self.client = client
        self.environmentName = environmentName
        self.emulator = emulator
    }

    public var isLocal: Bool { emulator != nil }

    /// The emulator's test controls, for `local` only.
    public var emulatorControls: EmulatorControlClient? {
        emulator.flatMap { try? EmulatorControlClient(url: $0.baseURL) }
    }

    public func close() async {
        await emulator?.stop()
    }
}
