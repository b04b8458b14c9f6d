import Foundation
import TaptalentAPI

/// `tapform sandbox serve --port 0 --test-controls` (a `ServedEmulator`) plus a temporary project whose
/// `tapform.yaml` points an environment at it, for driving `tapform invite` as a user would.
final class InviteE2EWorld: @unchecked Sendable {
    static let keyVariable = "TAPFORM_E2E_INVITE_KEY"
    static let environmentName = "e2e"

    let key: String
    let server: ServedEmulator
    let baseURL: URL
    let root: URL
    let client: TaptalentClient
    let controls: EmulatorControlClient

    init() throws {
        server = try ServedEmulator(EmulatorOptions(testControls: true))
        key = server.apiKey
        let url = server.baseURL
        baseURL = url
        root = try TemporaryFolder("invite-e2e").url
        let config = """
            version: 1
            environments:
              \(Self.environmentName): { url: "\(url.absoluteString)", apiKeyEnv: \(Self.keyVariable) }
            defaultEnvironment: \(Self.environmentName)

            """
        try Data(config.utf8).write(to: root.appendingPathComponent("tapform.yaml"))
        client = try server.standardClient()
        controls = server.controls
    }

    /// Stops the server and removes the project folder.
    func close() {
        server.stop()
        try? FileManager.default.removeItem(at: root)
    }

    /// The environment a child `tapform` needs: the key variable, and CI unless `ci` is false.
    func environment(ci: Bool = false) -> [String: String] {
        [Self.keyVariable: key, "CI": ci ? "true" : ""]
    }

    /// Writes `count` candidates (`cand<n>@example.com`) and `invalid` bad rows at the end.
    @discardableResult
    func writeCSV(_ name: String, count: Int, invalid: Int = 0) throws -> URL {
        var text = "Email,First Name,Last Name\n"
        for n in 1...count { text += "cand\(n)@example.com,First\(n),Last\(n)\n" }
        for n in 0..<invalid { text += "broken\(n).example.com,No,At\n" }
        let url = root.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// The invite emails sent for `assessmentId`, by address.
    func emails(_ assessmentId: String) async throws -> [String: Int] {
        let prefix = assessmentId + " "
        var out: [String: Int] = [:]
        for (key, count) in try await controls.counters().emails where key.hasPrefix(prefix) {
            out[String(key.dropFirst(prefix.count))] = count
        }
        return out
    }

    func invitePosts() async throws -> Int {
        try await controls.counters().requests["POST /" + WirePath.invite(":assessmentId")] ?? 0
    }

    /// The ledger's lines, decoded as (email, outcome) pairs.
    func ledger(_ assessmentId: String) -> [(email: String, outcome: String)] {
        let url = root.appendingPathComponent(".tapform/invites/\(assessmentId).jsonl")
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let email = object["email"] as? String, let outcome = object["outcome"] as? String
            else { return nil }
            return (email, outcome)
        }
    }
}
