import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import TaptalentAPI

/// The Taptalent Partner API emulator, in-process.
public enum Sandbox {
    /// Opens the store, starts listening and returns once the server accepts connections.
    /// - Throws: `SandboxStartError` when the data directory is damaged or in use, or the address is taken.
    public static func start(_ options: SandboxOptions) async throws -> RunningSandbox {
        let counters = Counters()
        let store = try SandboxStore.open(directory: options.dataDirectory, counters: counters)
        let apiKey = options.apiKey ?? SandboxKey.generate()
        let router = SandboxRouter.build(
            store: store, faults: FaultInjector(options.faults), apiKey: apiKey, testControls: options.testControls,
            log: options.requestLog
        )
        let logger = Logger(label: "tapform.sandbox") { _ in SwiftLogNoOpLogHandler() }
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            server: .http1(configuration: .init(httpDecoderConfiguration: .init(
                maxHeaderFieldSize: RequestInput.maxHeadBytes, maxHeaderListSize: RequestInput.maxHeadBytes))),
            configuration: .init(address: .hostname(options.host, port: options.port)),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? options.port)
                portSink.finish()
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let running = Task {
            defer { portSink.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            let reason: String
            do { try await running.value; reason = "the server stopped at once" } catch { reason = "\(error)" }
            await store.close()
            throw SandboxStartError.cannotListen(host: options.host, port: options.port, reason: reason)
        }
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        guard let baseURL = URL(string: "http://\(host):\(port)\(WirePath.apiPrefix)") else {
            await group.triggerGracefulShutdown()
            _ = try? await running.value
            await store.close()
            throw SandboxStartError.cannotListen(host: options.host, port: port, reason: "not a valid URL host")
        }
        return RunningSandbox(baseURL: baseURL, apiKey: apiKey, group: group, task: running, store: store)
    }
}

/// A started emulator.
public final class RunningSandbox: Sendable {
    /// `http://HOST:PORT/v1/partner`, with the real port.
    public let baseURL: URL
    /// The key clients must send as `Authorization: Bearer <key>`.
    public let apiKey: String
    private let stopper: Stopper

    init(baseURL: URL, apiKey: String, group: ServiceGroup, task: Task<Void, any Error>, store: SandboxStore) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.stopper = Stopper(group: group, task: task, store: store)
    }

    /// Stops accepting connections, lets requests in flight finish, closes the data files (releasing the
    /// data directory) and returns. Safe to call more than once. Every answered write is already
    /// durable, so nothing is written here.
    public func stop() async { await stopper.stop() }

    private actor Stopper {
        let group: ServiceGroup
        let task: Task<Void, any Error>
        let store: SandboxStore
        private var stopping = false

        init(group: ServiceGroup, task: Task<Void, any Error>, store: SandboxStore) {
            self.group = group
            self.task = task
            self.store = store
        }

        func stop() async {
            if !stopping {
                stopping = true
                await group.triggerGracefulShutdown()
            }
            _ = try? await task.value
            await store.close()
        }
    }
}
