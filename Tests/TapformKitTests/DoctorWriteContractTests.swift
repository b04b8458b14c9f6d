import Foundation
import Testing
@testable import TapformKit
import TaptalentAPI
import TaptalentEmulator
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("doctor --write: every endpoint against the contract, in every variant")
struct DoctorWriteContractTests {
    static func run(_ emulator: SeedingKit.Emulator, root: URL, write: Bool = true, transport: (any HTTPTransport)? = nil,
                    interruption: RunInterruption? = nil) async -> DoctorReport {
        await DoctorUseCase.run(DoctorOptions(
            root: root,
            connection: ConnectionRequest(url: emulator.url.absoluteString, processEnvironment: ["TAPTALENT_API_KEY": emulator.key],
                                          retry: .none, timeout: .seconds(60)),
            transport: transport, write: write, interruption: interruption))
    }

    /// The status of every assessment of the emulator, read through the ids alone (a wrong variant's
    /// answers do not decode whole).
    static func statuses(_ emulator: SeedingKit.Emulator) async throws -> [String: String] {
        let list = try await emulator.client.rawGetJSON(WirePath.assessments, query: ContractProbe.firstPage)
        guard case .object(let top) = list, case .object(let data)? = top["data"] ?? list.asObject,
              case .array(let items)? = data["assessments"] else { return [:] }
        var statuses: [String: String] = [:]
        for item in items {
            guard case .object(let fields) = item, case .string(let name)? = fields["testName"],
                  case .string(let status)? = fields["status"] else { continue }
            statuses[name] = status
        }
        return statuses
    }

    /// A row's endpoint without its note: `GET /assessment/:assessmentId (after the move)` → `GET /assessment/:assessmentId`.
    static func name(of row: EndpointCheck) -> String {
        String(row.endpoint.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
    }

    /// Every endpoint tapform writes to (and the reads between), in order.
    static let endpointsExercised: [ContractEndpoint] = [
        .create, .assessment, .update, .addQuestion, .assessment, .updateQuestion, .assessment, .deleteQuestion, .assessment,
        .generateQuestions, .autoGenerate, .invite, .invite, .candidateList, .update, .update,
    ]

    @Test("passes in every documented variant, and sets both throwaway assessments inactive",
          arguments: WireVariant.documentedVariants)
    func passes(variant: WireVariant) async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        try await SeedingKit.withEmulator(variant) { emulator in
            let report = await Self.run(emulator, root: folder.root)
            #expect(report.passed, "\(report.text)")
            #expect(report.endpoints.map { Self.name(of: $0) } == Self.endpointsExercised.map(\.rawValue))
            #expect(report.endpoints.allSatisfy { $0.ok && $0.mismatches.isEmpty }, "\(report.text)")
            #expect(report.created.count == 2)
            #expect(report.created.allSatisfy { $0.deactivated })
            let statuses = try await Self.statuses(emulator)
            #expect(statuses.count == 2)
            #expect(statuses.values.allSatisfy { $0 == WireStatus.inactive }, "\(statuses)")
            #expect(report.text.contains("✓ a repeated invite is de-duplicated"))
            #expect(report.text.contains("endpoint"))
            #expect(!report.text.contains(emulator.key))
            #expect(!String(decoding: report.json, as: UTF8.self).contains(emulator.key))
        }
    }

    @Test("reports the planted mismatch by endpoint and field, and still sets everything inactive",
          arguments: WireVariant.wrongVariants)
    func plantedMismatch(variant: WireVariant) async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let field = try #require(variant.plantedField)
        // Where each wrong variant's field appears, and how the mismatch reads there.
        let expected: [(ContractEndpoint, String)] = switch variant {
        case .wrongRenamedField:
            [ContractEndpoint.create, .assessment, .update, .autoGenerate].map { ($0, "data.\(field): missing (expected integer)") }
        default:
            [(ContractEndpoint.create, "data.questions[*].\(field): expected integer, got string (2 items)"),
             (.assessment, "data.questions[*].\(field): expected integer, got string"),
             (.addQuestion, "data.\(field): expected integer, got string"),
             (.updateQuestion, "data.\(field): expected integer, got string"),
             (.generateQuestions, "data.questions[*].\(field): expected integer, got string (2 items)")]
        }
        try await SeedingKit.withEmulator(variant) { emulator in
            let report = await Self.run(emulator, root: folder.root)
            #expect(!report.passed)
            for (endpoint, mismatch) in expected {
                let rows = report.endpoints.filter { Self.name(of: $0) == endpoint.rawValue }
                #expect(!rows.isEmpty && rows.allSatisfy { !$0.ok }, "\(endpoint.rawValue)")
                #expect(rows.contains { $0.mismatches.contains { $0.hasPrefix(mismatch.replacing(" (2 items)", with: "")) } },
                        "\(endpoint.rawValue): \(rows.map(\.mismatches))")
            }
            #expect(report.endpoints.filter { Self.name(of: $0) == ContractEndpoint.invite.rawValue }.allSatisfy { $0.ok })
            #expect(report.text.contains("answers differ from the contract (table below)"))
            #expect(report.created.count == 2 && report.created.allSatisfy { $0.deactivated }, "\(report.created)")
            let statuses = try await Self.statuses(emulator)
            #expect(statuses.count == 2 && statuses.values.allSatisfy { $0 == WireStatus.inactive }, "\(statuses)")

            // Plain doctor, read-only, finds it too in the answers that carry the field.
            let readOnly = await Self.run(emulator, root: folder.root, write: false)
            #expect(!readOnly.passed)
            #expect(readOnly.checks.contains { check in check.outcome == .failed && check.details.contains { $0.contains(".\(field)") } },
                    "\(readOnly.text)")
        }
    }

    @Test("a stop requested midway starts no new step, and what was created is set inactive")
    func interrupted() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        let interruption = RunInterruption()
        let transport = InterruptingTransport(interruption: interruption, onPathSuffix: "/generate-questions")
        try await SeedingKit.withEmulator { emulator in
            let report = await Self.run(emulator, root: folder.root, transport: transport, interruption: interruption)
            #expect(report.created.map(\.deactivated) == [true], "the auto-generated one was never created")
            #expect(report.text.contains("- the steps from \"auto-generate\" on: not checked (SIGINT received)"), "\(report.text)")
            let requests = try await emulator.requests()
            #expect(requests["POST /assessment/auto-generate"] == nil)
            #expect(requests["POST /assessment/:assessmentId/invite"] == nil)
            #expect(try await Self.statuses(emulator).values.allSatisfy { $0 == WireStatus.inactive })
        }
    }

    @Test("--format json: one document with schemaVersion, kind, the rows and what was created")
    func json() async throws {
        let folder = try SeedingKit.Folder()
        defer { folder.remove() }
        try await SeedingKit.withEmulator(.wrongRenamedField) { emulator in
            let report = await Self.run(emulator, root: folder.root)
            let document = try JSONDecoder().decode(JSONValue.self, from: report.json)
            guard case .object(let top) = document else { Issue.record("not an object"); return }
            #expect(top["schemaVersion"] == .number(Double(DoctorReport.kind.schemaVersion)))
            #expect(top["kind"] == .string("doctor"))
            #expect(top["passed"] == .bool(false))
            guard case .array(let rows)? = top["endpoints"], case .object(let first)? = rows.first else {
                Issue.record("no endpoints"); return
            }
            #expect(first["endpoint"] == .string(ContractEndpoint.create.rawValue))
            #expect(first["ok"] == .bool(false))
            #expect(first["mismatches"] == .array([.string("data.duration: missing (expected integer)")]))
            guard case .array(let created)? = top["created"] else { Issue.record("no created"); return }
            #expect(created.count == 2)
        }
    }
}

private extension JSONValue {
    var asObject: JSONValue? { if case .object = self { self } else { nil } }
}

/// Sends through the network, and asks the run to stop when a request's path ends with `onPathSuffix`
/// (after sending it: the request in flight finishes, as after Ctrl-C).
final class InterruptingTransport: HTTPTransport, @unchecked Sendable {
    let interruption: RunInterruption
    let suffix: String
    private let network = URLSessionTransport()

    init(interruption: RunInterruption, onPathSuffix suffix: String) {
        self.interruption = interruption
        self.suffix = suffix
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let answer = try await network.send(request)
        if request.url?.path.hasSuffix(suffix) == true { interruption.request(.interrupt) }
        return answer
    }
}
