import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TaptalentAPI

/// A single GET to an emulator not started through `TestEmulator` (e.g. by `Emulator.serve`).
struct EmulatorProbe {
    func status(_ url: String, key: String) async throws -> Int {
        var request = URLRequest(url: URL(string: url)!)
        request.setValue(WireHeader.bearerPrefix + key, forHTTPHeaderField: WireHeader.authorization)
        let (_, response) = try await URLSession(configuration: .ephemeral).data(for: request)
        return (response as! HTTPURLResponse).statusCode
    }
}
