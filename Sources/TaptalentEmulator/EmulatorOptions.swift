import TaptalentAPI

/// How to run the emulator.
public struct EmulatorOptions: Sendable {
    /// The address to listen on; loopback by default.
    public var host: String = "127.0.0.1"
    /// The port; 0 lets the OS choose (the chosen one is in `RunningEmulator.baseURL`). Outside `portRange`
    /// the emulator does not start.
    public var port: Int = 0
    /// The ports one can listen on; 0 asks the OS for a free one.
    public static let portRange = 0...65535
    /// nil keeps everything in memory; a directory makes the store durable (created if missing).
    public var dataDirectory: String? = nil
    /// The API key clients must send; nil generates `sk_test_` followed by 22 letters and digits.
    public var apiKey: String? = nil
    /// Serve the `/__sandbox/*` test controls.
    public var testControls: Bool = false
    /// How the answers are written (envelopes, ids, times); `documented` by default. The wrong variants
    /// break the contract on purpose, for `doctor`'s tests.
    public var variant: WireVariant = .documented
    /// The faults and rate limit it starts with, and returns to on `POST /__sandbox/reset` (the test
    /// controls change them with `PUT /__sandbox/faults`); none by default.
    public var faults: EmulatorFaults = EmulatorFaults()
    /// Called once per request with `METHOD /path STATUS 12ms` (never a header, so never the key).
    public var requestLog: (@Sendable (String) -> Void)? = nil

    public init(
        host: String = "127.0.0.1", port: Int = 0, dataDirectory: String? = nil, apiKey: String? = nil,
        testControls: Bool = false, variant: WireVariant = .documented, faults: EmulatorFaults = EmulatorFaults(),
        requestLog: (@Sendable (String) -> Void)? = nil
    ) {
        self.variant = variant
        self.faults = faults
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.apiKey = apiKey
        self.testControls = testControls
        self.requestLog = requestLog
    }
}
