import Foundation
import Testing
@testable import TapformSpec
import TaptalentContract

@Suite struct ConfigTests {
    @Test func absentConfigGivesDefaultsWithLocal() {
        let result = SpecLoader.loadProject(files: ["assessments/a.yaml": "name: A Screen\nrole: Engineer\n"])
        #expect(!result.config.isFromFile)
        #expect(result.config.defaultEnvironment.value == "local")
        #expect(result.config.environmentNames == ["local"])
        #expect(result.config.paths == ProjectPaths())
        #expect(result.config.manage == nil)
    }

    @Test func fullConfigIsRead() throws {
        let config = """
            version: 1
            environments:
              production: { url: https://partner-api.taptalent.io/v1/partner, apiKeyEnv: TAPTALENT_API_KEY }
              sandbox:    { url: https://sandbox.partner-api.taptalent.io/v1/partner, apiKeyFile: .secrets/sandbox-key }
              dev:        { url: "http://127.0.0.1:8080/v1/partner", apiKeyEnv: DEV_KEY }
            defaultEnvironment: sandbox
            paths: { assessments: interviews/, templates: ./shared/templates }
            manage: ["Backend *", "Sales ?"]

            """
        let result = SpecLoader.loadProject(files: [
            "tapform.yaml": config,
            "interviews/a.yaml": "name: A Screen\nextends: t\n",
            "shared/templates/t.yaml": "role: Engineer\n",
        ])
        #expect(result.diagnostics == [])
        let parsed = result.config
        #expect(parsed.isFromFile)
        #expect(parsed.environments.map(\.name) == ["production", "sandbox", "dev"])
        #expect(parsed.environment(named: "production")?.apiKey == .environmentVariable("TAPTALENT_API_KEY"))
        #expect(parsed.environment(named: "sandbox")?.apiKey == .file(".secrets/sandbox-key"))
        #expect(parsed.environment(named: "dev")?.url.absoluteString == "http://127.0.0.1:8080/v1/partner")
        #expect(parsed.defaultEnvironment.value == "sandbox")
        #expect(parsed.paths == ProjectPaths(assessments: "interviews", templates: "shared/templates"))
        #expect(parsed.manage?.map(\.value) == ["Backend *", "Sales ?"])
        #expect(result.assessments.first?.role.value == "Engineer")
    }

    @Test func loopbackHostsMayUsePlainHTTP() {
        for url in ["http://localhost:9/v1", "http://127.0.0.1/v1", "http://[::1]:8080/v1", "http://api.localhost/v1"] {
            #expect((try? URLPolicy.check(url).get()) != nil, "\(url)")
        }
        for url in ["http://example.com/v1", "http://127.0.0.1.example.com/v1", "http://10.0.0.1/v1"] {
            #expect(URLPolicy.check(url) == .failure(.insecure), "\(url)")
        }
        #expect(URLPolicy.check("ftp://example.com") == .failure(.unsupportedScheme))
        #expect(URLPolicy.check("https://") == .failure(.unparseable))
    }

    @Test func missingOrDoubleKeySourcesAreErrors() {
        let config = "environments:\n  a: {url: https://a.example.com}\n  b: {url: https://b.example.com, apiKeyEnv: B, apiKeyFile: b.key}\n  c: {apiKeyEnv: C}\n"
        let result = SpecLoader.loadProject(files: ["tapform.yaml": config])
        #expect(result.diagnostics.map(\.code) == [.missingKey, .conflictingKeys, .missingKey])
        #expect(result.config.environments.isEmpty)
    }

    @Test func secretsNeverAppearInDiagnostics() {
        let key = "sk_live_ABCDEFGHIJKLMNOPQRSTUV"
        let config = "environments:\n  p: {url: \"https://user:\(key)@a.example.com\", apiKeyEnv: \(key)}\n  q: {url: https://a.example.com, apiKeyFile: \(key)}\n"
        let result = SpecLoader.loadProject(files: ["tapform.yaml": config])
        #expect(result.diagnostics.count == 3)
        for rendered in [DiagnosticRenderer.human(result.diagnostics, color: false),
                         DiagnosticRenderer.github(result.diagnostics)] {
            #expect(!rendered.contains("ABCDEFGHIJ"))
        }
    }

    @Test func configWithANewerVersionIsRefused() {
        let result = SpecLoader.loadProject(files: ["tapform.yaml": "version: 3\nfuture: yes\n"])
        #expect(result.diagnostics.map(\.code) == [.unsupportedVersion])
        #expect(result.diagnostics.first?.hint == "upgrade tapform to read this file")
    }

    @Test func contractDefaultsAreWithinItsLimits() {
        #expect(WireLimits.durationMinutes.contains(WireLimits.defaultDurationMinutes))
        #expect(WireLimits.languages.contains(WireLimits.defaultLanguage))
        #expect(WireLimits.timeLimitSeconds.contains(WireLimits.defaultTimeLimitSeconds))
    }
}
