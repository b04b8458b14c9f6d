import Foundation
import Hummingbird
import Logging
import TaptalentAPI

/// A Hummingbird server on a loopback port chosen by the OS, answering through `router`, for tests of
/// what the client does with answers the emulator never gives.
enum LoopbackServer {
    /// Runs the server, calls `body` with its API base URL, and stops the server, whatever happens.
    static func with(_ router: Router<BasicRequestContext>, _ body: (URL) async throws -> Void) async throws {
        let (ports, sink) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { sink.yield($0.localAddress?.port ?? 0); sink.finish() },
            logger: Logger(label: "loopback") { _ in SwiftLogNoOpLogHandler() })
        try await withThrowingTaskGroup(of: Void.self) { group in
            // No signal handlers: another test of this process sends itself SIGTERM.
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                group.cancelAll()
                throw URLError(.cannotConnectToHost)
            }
            do {
                try await body(URL(string: "http://127.0.0.1:\(port)\(WirePath.apiPrefix)")!)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }
}
