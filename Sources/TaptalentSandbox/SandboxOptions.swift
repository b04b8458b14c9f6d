import TaptalentAPI

/// How to run the emulator.
public struct SandboxOptions: Sendable {
    /// The address to listen on; loopback by default.
    public var host: String = "127.0.0.1"
    /// The port; 0 lets the OS choose (the chosen one is in `RunningSandbox.baseURL`).
    public var port: Int = 0
    /// nil keeps everything in memory; a directory makes the store durable (created if missing).
    public var dataDirectory: String? = nil
    /// The API key clients must send; nil generates `sk_test_` followed by 22 letters and digits.
    public var apiKey: String? = nil
    /// Serve the `/__sandbox/*` test controls.
    public var testControls: Bool = false
    /// The faults and rate limit it starts with, and returns to on `POST /__sandbox/reset` (the test
    /// controls change them with `PUT /__sandbox/faults`); none by default.
    public var faults: SandboxFaults = SandboxFaults()
    /// Called once per request with `METHOD /path STATUS 12ms` (never a header, so never the key).
    public var requestLog: (@Sendable (String) -> Void)? = nil

    public init(
        host: String = "127.0.0.1", port: Int = 0, dataDirectory: String? = nil, apiKey: String? = nil,
        testControls: Bool = false, faults: SandboxFaults = SandboxFaults(),
        requestLog: (@Sendable (String) -> Void)? = nil
    ) {
        self.faults = faults
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.apiKey = apiKey
        self.testControls = testControls
        self.requestLog = requestLog
    }
}
