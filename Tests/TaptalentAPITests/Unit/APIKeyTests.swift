import Foundation
import Testing
@testable import TaptalentAPI

@Suite("API key secrecy")
struct APIKeyTests {
    @Test("description, debugDescription, interpolation and dump never show the key")
    func neverShown() {
        let key = APIKey(testKeyText + "\n")
        var dumped = ""
        dump(key, to: &dumped)
        let configuration = TaptalentConfiguration(baseURL: URL(string: "https://example.com/v1/partner")!, apiKey: key)
        var dumpedConfiguration = ""
        dump(configuration, to: &dumpedConfiguration)
        let renderings = [
            key.description, key.debugDescription, "\(key)", String(reflecting: key), dumped,
            "\(configuration)", String(reflecting: configuration), dumpedConfiguration,
        ]
        for text in renderings {
            #expect(!text.contains("ABCDEFGHIJ"), "\(text)")
        }
        #expect(key.authorizationHeaderValue == "Bearer " + testKeyText)
    }

    @Test("format check of live and test keys")
    func format() {
        #expect(testKey.formatProblem == nil)
        #expect(testKey.kind == .test)
        #expect(APIKey("sk_live_abcdefghij0123456789AB").kind == .live)
        #expect(APIKey("").formatProblem == "the API key is empty")
        #expect(APIKey("pk_test_ABCDEFGHIJKLMNOPQRSTUV").formatProblem?.contains("does not start with") == true)
        let short = APIKey("sk_test_SECRETSHORT")
        #expect(short.formatProblem == "the API key should have 22 letters and digits after its prefix, it has 11 characters")
    }
}
