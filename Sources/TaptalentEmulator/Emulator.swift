import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import TaptalentAPI

/// The Taptalent Partner API emulator, in-process.
public enum Emulator {
    /// Opens the store, starts listening and returns once the server accepts connections.
    /// - Throws: `EmulatorStartError` when the data directory is damaged or in use, or the address is taken.
    public static func start(_ options: EmulatorOptions) async throws -> RunningEmulator {
        guard EmulatorOptions.portRange.contains(options.port) else {
            // The server would otherwise listen on the port modulo 65536, somewhere nobody asked for.
            throw EmulatorStartError.cannotListen(host: options.host, port: options.port, reason:
                "the port must be \(EmulatorOptions.portRange.lowerBound) to \(EmulatorOptions.portRange.upperBound)")
        }
        let counters = Counters()
        let store = try EmulatorStore.open(directory: options.dataDirectory, counters: counters, ids: options.variant.idStyle)
        let apiKey = options.apiKey ?? EmulatorKey.generate()
        let router = EmulatorRouter.build(
            store: store, faults: FaultInjector(options.faults), apiKey: apiKey, variant: options.variant, testControls: options.testControls,
            log: options.requestLog
        )
        let logger = Logger(label: "tapform.emulator") { _ in SwiftLogNoOpLogHandler() }
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
            throw EmulatorStartError.cannotListen(host: options.host, port: options.port, reason: reason)
        }
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        guard let baseURL = URL(string: "http://\(host):\(port)\(WirePath.apiPrefix)") else {
            await group.triggerGracefulShutdown()
            _ = try? await running.value
            await store.close()
            throw EmulatorStartError.cannotListen(host: options.host, port: port, reason: "not a valid URL host")
        }
        return RunningEmulator(baseURL: baseURL, apiKey: apiKey, group: group, task: running, store: store)
    }
}

/// A started emulator.
public final class RunningEmulator: Sendable {
    /// `http://HOST:PORT/v1/partner`, with the real port.
    public let baseURL: URL
    /// The key clients must send as `Authorization: Bearer <key>`.
    public let apiKey: String
    private let stopper: Stopper

    init(baseURL: URL, apiKey: String, group: ServiceGroup, task: Task<Void, any Error>, store: EmulatorStore) {
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
        let store: EmulatorStore
        private var stopping = false

        init(group: ServiceGroup, task: Task<Void, any Error>, store: EmulatorStore) {
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
