import Foundation
import Testing
@testable import TapformKit
import TapformPlan
import TapformSpec
import TaptalentAPI

/// A saved plan is applied exactly as planned, from the files it was made from, or refused.
@Suite("saved plans: integrity and the files they were made from")
struct SavedPlanIntegrityTests {
    static let q1 = PlanUseCaseTests.question1
    static let q2 = PlanUseCaseTests.question2
    static let q3 = "Describe a time you changed your mind after a code review."
    static let target = PlanTarget(environment: "local", baseURL: "http://127.0.0.1:1/v1/partner")

    static func files(_ yamls: [AssessmentYAML], config: String? = nil) -> [String: String] {
        var files = Dictionary(uniqueKeysWithValues: yamls.map(PlanUseCaseTests.file))
        if let config { files["tapform.yaml"] = config }
        return files
    }

    static let alpha = AssessmentYAML(name: "Alpha screen", questions: [.init(text: q1), .init(text: q2)])
    static let beta = AssessmentYAML(name: "Beta screen", durationMinutes: 30, questions: [.init(text: q1)])

    /// A plan of two new assessments, saved, as bytes.
    static func savedBytes(_ client: TaptalentClient, request: PlanRequest = PlanRequest()) async throws -> (Data, Project) {
        let project = TempProject(files([alpha, beta])).project
        let planned = try await PlanUseCase.run(project: project, client: client, request: request)
        return (SavedPlan(plan: planned.plan, target: target, madeFrom: planned.desiredState).encoded(), project)
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    // MARK: SHA-256 and the canonical form

    @Test("SHA-256 gives the FIPS 180-2 example digests")
    func sha256Vectors() {
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the canonical form ignores layout and key order, and nothing else")
    func canonicalForm() throws {
        let a = try #require(CanonicalJSON.parse(Data(#"{"b": [1, 2.5, "x\"\n"], "a": {"z": null, "y": true}}"#.utf8)))
        let b = try #require(CanonicalJSON.parse(Data("{\n  \"a\" : { \"y\" : true, \"z\" : null },\n  \"b\" : [ 1.0, 2.5, \"x\\\"\\u000a\" ]\n}".utf8)))
        #expect(CanonicalJSON.text(a) == #"{"a":{"y":true,"z":null},"b":[1,2.5,"x\"\u000a"]}"#)
        #expect(CanonicalJSON.bytes(a) == CanonicalJSON.bytes(b))
        let c = try #require(CanonicalJSON.parse(Data(#"{"b": [1, 2.5, "x\"\n "], "a": {"z": null, "y": true}}"#.utf8)))
        #expect(CanonicalJSON.bytes(a) != CanonicalJSON.bytes(c))
        #expect(CanonicalJSON.parse(Data(#"{"a": [1, 2"#.utf8)) == nil)
    }

    // MARK: Integrity of the file

    @Test("a saved plan carries a digest and round-trips; re-indented or with keys re-ordered it still applies")
    func roundTripAndLayout() async throws {
        try await TestEmulator.with { emulator in
            let (data, _) = try await Self.savedBytes(try emulator.client())
            #expect(Self.text(data).contains("\"integrity\" : \"sha256:"))
            let saved = try SavedPlan.decode(data, name: "plan.json")
            // The same content laid out by another tool: compact, keys in another order.
            let object = try JSONSerialization.jsonObject(with: data)
            let compact = try JSONSerialization.data(withJSONObject: object, options: [])
            #expect(compact != data)
            #expect(try SavedPlan.decode(compact, name: "plan.json") == saved)
        }
    }

    @Test("a question text edited by hand in the file is refused, naming the file and what to do")
    func handEditRefused() async throws {
        try await TestEmulator.with { emulator in
            let (data, _) = try await Self.savedBytes(try emulator.client())
            let edited = Self.text(data).replacingOccurrences(of: Self.q2, with: "How do you decide what to test first, really?")
            #expect(edited != Self.text(data))
            let error = #expect(throws: TapformError.self) { try SavedPlan.decode(Data(edited.utf8), name: "out/plan.json") }
            #expect(error?.message.hasPrefix("out/plan.json was changed after tapform saved it") == true, "\(error?.message ?? "")")
            #expect(error?.message.hasSuffix("make a new plan with `tapform plan --out out/plan.json`") == true)
        }
    }

    @Test("a changed digest, a removed digest, a truncated file and another formatVersion are each refused")
    func otherDamage() async throws {
        try await TestEmulator.with { emulator in
            let (data, _) = try await Self.savedBytes(try emulator.client())
            let text = Self.text(data)
            func refusal(_ text: String) -> String {
                let error = #expect(throws: TapformError.self) { try SavedPlan.decode(Data(text.utf8), name: "plan.json") }
                #expect(error?.message.contains("make a new plan with `tapform plan --out plan.json`") == true)
                return error?.message ?? ""
            }
            let digest = try #require(text.range(of: #"sha256:[0-9a-f]{64}"#, options: .regularExpression))
            var other = text
            other.replaceSubrange(digest, with: "sha256:" + String(repeating: "0", count: 64))
            #expect(refusal(other).contains("no longer matches its integrity digest"))

            let removed = text.replacingOccurrences(of: #"\n  "integrity" : "sha256:[0-9a-f]{64}","#, with: "",
                                                    options: .regularExpression)
            #expect(removed != text)
            #expect(refusal(removed).contains("has no integrity digest"))

            #expect(refusal(String(text.prefix(text.count / 2))).contains("is not a complete plan file"))
            #expect(refusal(text.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 3"))
                .contains("has schemaVersion 3; this tapform reads plans of schemaVersion 2"))
            // A plan saved by tapform before schema version 2.
            #expect(refusal(text.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"formatVersion\" : 1")
                .replacingOccurrences(of: "\"kind\" : \"plan\",", with: ""))
                .contains("has formatVersion 1 (written by an older tapform); this tapform reads plans of schemaVersion 2"))
            #expect(refusal("").contains("is not a complete plan file"))
        }
    }

    @Test("an edited plan is refused by apply before any request")
    func editedPlanNeverReachesTheAccount() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let (data, _) = try await Self.savedBytes(client)
            let folder = try TempProject().write()
            defer { TempProject.remove(folder) }
            let url = folder.appendingPathComponent("plan.json")
            try Data(Self.text(data).replacingOccurrences(of: "Beta screen", with: "Beta screen 2").utf8).write(to: url)
            let before = try await emulator.counters()
            #expect(throws: TapformError.self) { try SavedPlan.read(from: url) }
            #expect(try await emulator.counters().totalRequests == before.totalRequests)
            #expect(try await emulator.counters().assessmentsCreated == 0)
        }
    }

    // MARK: The files the plan was made from

    @Test("apply PLANFILE refuses files that changed since the plan, naming them; comments and layout do not count")
    func filesChanged() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let (data, project) = try await Self.savedBytes(client)
            let saved = try SavedPlan.decode(data, name: "plan.json")
            let before = try await emulator.counters()

            var edited = Self.files([Self.alpha, AssessmentYAML(name: "Beta screen", durationMinutes: 35, questions: [.init(text: Self.q1)])])
            edited["assessments/gamma-screen.yaml"] = AssessmentYAML(name: "Gamma screen", questions: [.init(text: Self.q3)]).text
            let error = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(saved, files: TempProject(edited).project, to: Self.target, client: client)
            }
            #expect(error?.message == "the files changed since this plan was made: assessments/beta-screen.yaml changed; "
                + "assessments/gamma-screen.yaml is new. Make a new plan with `tapform plan --out FILE` and apply it.")
            #expect(try await emulator.counters().totalRequests == before.totalRequests, "refused before any request")

            let removed = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(saved, files: TempProject(Self.files([Self.alpha])).project,
                                                  to: Self.target, client: client)
            }
            #expect(removed?.message.contains("assessments/beta-screen.yaml is gone") == true)

            // The same desired state written otherwise: a comment, other quoting, a default spelled out.
            var same = Self.files([Self.alpha])
            same["assessments/beta-screen.yaml"] = "# reviewed\nname: Beta screen\nrole: Engineer\nlanguage: english\n"
                + "durationMinutes: 30\nquestions:\n  - text: '\(Self.q1)'\n    timeLimitSeconds: 120\n"
            #expect(TempProject(same).project.spec.diagnostics == [])
            let report = try await ApplyUseCase.applySaved(saved, files: TempProject(same).project, to: Self.target, client: client)
            #expect(report.isSuccess)
            #expect(report.created == 2)
            #expect(project.spec.files.count == 2)
        }
    }

    @Test("a template or var change reaches the desired state of every file using it")
    func templateChange() throws {
        let file = "name: Templated screen\nrole: Engineer\nextends: base\nvars: { stack: Go }\n"
            + "questions:\n  - text: How would you profile a slow ${stack} service in production?\n"
        let before = TempProject(["assessments/t.yaml": file, "templates/base.yaml": "durationMinutes: 30\n"]).project
        let template = TempProject(["assessments/t.yaml": file, "templates/base.yaml": "durationMinutes: 35\n"]).project
        let vars = TempProject(["assessments/t.yaml": file.replacingOccurrences(of: "Go", with: "Rust"),
                                "templates/base.yaml": "durationMinutes: 30\n"]).project
        let state = DesiredState(project: before, request: PlanRequest())
        #expect(state.changes(to: DesiredState(project: template, request: PlanRequest())) == ["assessments/t.yaml changed"])
        #expect(state.changes(to: DesiredState(project: vars, request: PlanRequest())) == ["assessments/t.yaml changed"])
        #expect(state.changes(to: DesiredState(project: before, request: PlanRequest())) == [])
    }

    @Test("--only/--exclude: the plan covers the selected files whole and the others' identity only")
    func targeting() throws {
        let request = PlanRequest(filter: AssessmentFilter(only: ["Alpha*"]))
        let state = DesiredState(project: TempProject(Self.files([Self.alpha, Self.beta])).project, request: request)
        #expect(state.files.keys.sorted() == ["assessments/alpha-screen.yaml"])
        #expect(state.identities.keys.sorted() == ["assessments/beta-screen.yaml"])
        #expect(state.request.filter == request.filter, "apply selects with the plan's own --only/--exclude")

        func changes(_ yamls: [AssessmentYAML]) -> [String] {
            let project = TempProject(Self.files(yamls)).project
            return state.changes(to: DesiredState(project: project, request: state.request))
        }
        // A file the plan left out may change its content: the plan did not cover it.
        #expect(changes([Self.alpha, AssessmentYAML(name: "Beta screen", durationMinutes: 45, questions: [.init(text: Self.q3)])]) == [])
        // Not its identity: a remote assessment it claimed would no longer be claimed.
        #expect(changes([Self.alpha, AssessmentYAML(name: "Beta screen", renamedFrom: ["Old beta"], questions: [])])
            == ["the name, renamedFrom or id of assessments/beta-screen.yaml changed"])
        // Renamed into the selection: now selected, so the plan did not cover it.
        var renamed = Self.files([Self.alpha])
        renamed["assessments/beta-screen.yaml"] = AssessmentYAML(name: "Alpha two", questions: [.init(text: Self.q1)]).text
        #expect(state.changes(to: DesiredState(project: TempProject(renamed).project, request: state.request))
            == ["assessments/beta-screen.yaml is now selected"])
        #expect(changes([Self.alpha]) == ["assessments/beta-screen.yaml is gone (not selected, but it claimed an assessment)"])
    }

    @Test("--prune: the manage: scope the plan pruned with is part of what it was made from")
    func pruneScope() {
        let files = Self.files([Self.alpha], config: "version: 1\nmanage: [\"Alpha *\"]\n")
        let state = DesiredState(project: TempProject(files).project, request: PlanRequest(prune: true))
        #expect(state.manage == ["Alpha *"])
        let wider = Self.files([Self.alpha], config: "version: 1\nmanage: [\"*\"]\n")
        #expect(state.changes(to: DesiredState(project: TempProject(wider).project, request: state.request))
            == ["manage: in tapform.yaml changed"])
        #expect(DesiredState(project: TempProject(files).project, request: PlanRequest()).manage == nil)
    }

    @Test("files that no longer validate are refused")
    func filesInvalidNow() async throws {
        try await TestEmulator.with { emulator in
            let client = try emulator.client()
            let (data, _) = try await Self.savedBytes(client)
            let saved = try SavedPlan.decode(data, name: "plan.json")
            var broken = Self.files([Self.alpha, Self.beta])
            broken["assessments/beta-screen.yaml"] = "name: Beta screen\nrole: Engineer\ndurationMinutes: 3000\n"
            let error = await #expect(throws: TapformError.self) {
                try await ApplyUseCase.applySaved(saved, files: TempProject(broken).project, to: Self.target, client: client)
            }
            #expect(error?.message.contains("no longer validate") == true)
        }
    }

    @Test("every field of DesiredAssessment is in the desired-state digest (a new field must be added there)")
    func digestCoversEveryField() {
        let desired = DesiredAssessment(name: "n", role: "r", filePath: "f")
        let fields = Set(Mirror(reflecting: desired).children.compactMap(\.label))
        let notContent: Set = ["filePath", "locations"]
        guard case .object(let digested) = DesiredState.content(desired) else {
            Issue.record("the content is an object")
            return
        }
        #expect(fields.subtracting(notContent) == Set(digested.keys))
        let question = Set(Mirror(reflecting: DesiredQuestion(text: "t")).children.compactMap(\.label))
        #expect(question.subtracting(["location", "fieldLocations"]) == ["text", "timeLimitSeconds", "idealAnswer"])
    }
}
