import Foundation
import TapformSpec

extension ConnectionResolver {
    /// Connects, runs `body`, and closes the connection (stopping the embedded emulator of `local`)
    /// whether `body` succeeds or throws.
    public static func using<T: Sendable>(
        _ request: ConnectionRequest, config: ProjectConfig, root: URL,
        _ body: (Connection) async throws -> T
    ) async throws -> T {
        let connection = try await connect(request, config: config, root: root)
        do {
            let result = try await body(connection)
            await connection.close()
            return result
        } catch {
            await connection.close()
            throw error
        }
    }
}
