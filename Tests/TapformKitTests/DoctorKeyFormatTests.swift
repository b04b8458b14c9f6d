import Foundation
import Testing
@testable import TapformKit
import TaptalentEmulator

@Suite("doctor and the key's format")
struct DoctorKeyFormatTests {
    @Test("a key the server accepts passes even when it does not look like a Taptalent key; a warning says so")
    func serverIsTheJudge() async throws {
        let key = "acme-partner-key-2026"
        let emulator = try await TestEmulator.start(EmulatorOptions(port: 0, apiKey: key))
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let report = await DoctorTests.run(
            root: folder.root, url: emulator.baseURL.absoluteString, process: ["TAPTALENT_API_KEY": key])
        await emulator.stop()
        #expect(report.passed, "\(report.text)")
        let keyLine = try #require(report.checks.first { $0.text.hasPrefix("API key found in $TAPTALENT_API_KEY") })
        #expect(keyLine.outcome == .passed)
        #expect(keyLine.details.contains { $0.contains("does not look like a Taptalent key") })
        #expect(!report.text.contains(key))
    }
}
