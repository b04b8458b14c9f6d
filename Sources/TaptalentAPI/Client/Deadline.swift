import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Bounds one attempt by the configured timeout. `URLRequest.timeoutInterval` alone is not enough: on
/// Linux it is an idle timeout, so a server that answers slowly but steadily is never cut off.
enum Deadline {
    /// Runs `operation`; if it has not finished after `timeout`, cancels it and throws `URLError(.timedOut)`.
    static func run<T: Sendable>(within timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw URLError(.timedOut)
            }
            return value
        }
    }
}
