import Testing
import TaptalentEmulator

@Suite("the emulator's port")
struct PortRangeTests {
    @Test("a port outside 0...65535 is refused, never listened on modulo 65536")
    func outOfRange() async {
        for port in [99_999, 65_536, -1] {
            let error = await #expect(throws: EmulatorStartError.self) { _ = try await Emulator.start(EmulatorOptions(port: port)) }
            #expect(error?.description.contains("0 to 65535") == true, "\(String(describing: error))")
        }
    }
}
