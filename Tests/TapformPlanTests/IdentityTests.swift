import Testing
import TapformPlan
import TaptalentContract

@Suite("Identity")
struct IdentityTests {
    private func summary(_ id: String, _ name: String, status: AssessmentStatus = .active) -> RemoteAssessmentSummary {
        RemoteAssessmentSummary(id: id, name: name, status: status)
    }

    @Test func matchesByName() {
        let resolution = IdentityResolver.resolve(
            desired: [Fixtures.desired("Screen")], remote: [summary("a1", "Screen"), summary("a2", "Other")])
        #expect(resolution.matched.map(\.remote.id) == ["a1"])
        #expect(resolution.matched.first?.reason == .name)
        #expect(resolution.unmanaged.map(\.id) == ["a2"])
        #expect(resolution.idsToFetch == ["a1"])
    }

    @Test func pinnedIdWinsOverName() {
        let resolution = IdentityResolver.resolve(
            desired: [Fixtures.desired("Screen", pinnedId: "a2")], remote: [summary("a1", "Screen"), summary("a2", "Old")])
        #expect(resolution.matched.map(\.remote.id) == ["a2"])
        #expect(resolution.matched.first?.reason == .pinnedId)
        #expect(resolution.unmanaged.map(\.id) == ["a1"])
    }

    @Test func missingPinnedIdIsAnError() {
        let resolution = IdentityResolver.resolve(desired: [Fixtures.desired("Screen", pinnedId: "zz")], remote: [summary("a1", "Screen")])
        #expect(resolution.matched.isEmpty && resolution.toCreate.isEmpty)
        #expect(resolution.errors.first?.message.contains("zz") == true)
    }

    @Test func renameFindsTheEarlierName() {
        let resolution = IdentityResolver.resolve(
            desired: [Fixtures.desired("New Name", renamedFrom: ["Older", "Old"])], remote: [summary("a1", "Old")])
        #expect(resolution.matched.first?.reason == .renamedFrom("Old"))
        #expect(resolution.unmanaged.isEmpty)
    }

    @Test func nameTakesPriorityOverRenamedFromAndTheOtherIsLeftAlone() {
        let resolution = IdentityResolver.resolve(
            desired: [Fixtures.desired("New", renamedFrom: ["Old"])], remote: [summary("a1", "Old"), summary("a2", "New")])
        #expect(resolution.matched.map(\.remote.id) == ["a2"])
        #expect(resolution.unmanaged.isEmpty)
        #expect(resolution.warnings.count == 1)
    }

    @Test func ambiguousNameListsBothIds() {
        let resolution = IdentityResolver.resolve(
            desired: [Fixtures.desired("Screen")], remote: [summary("a1", "Screen"), summary("a2", "Screen")])
        #expect(resolution.matched.isEmpty && resolution.toCreate.isEmpty)
        let message = resolution.errors.first?.message ?? ""
        #expect(message.contains("a1") && message.contains("a2"))
        #expect(resolution.unmanaged.isEmpty, "ambiguous remotes must never be pruned")
    }

    @Test func twoFilesWithOneNameAreBothErrors() {
        let resolution = IdentityResolver.resolve(
            desired: [Fixtures.desired("Screen", file: "a.yaml"), Fixtures.desired("Screen ", file: "b.yaml")],
            remote: [])
        #expect(resolution.unresolved.count == 2)
        #expect(resolution.toCreate.isEmpty)
        #expect(resolution.errors.allSatisfy { $0.message.contains("a.yaml, b.yaml") })
    }

    @Test func oneRemoteClaimedByTwoFilesIsAnError() {
        let resolution = IdentityResolver.resolve(
            desired: [Fixtures.desired("Screen"), Fixtures.desired("Other", pinnedId: "a1")], remote: [summary("a1", "Screen")])
        #expect(resolution.matched.isEmpty)
        #expect(resolution.unresolved.count == 2)
    }

    @Test func unknownNamesAreCreatedAndBlockedFilesBecomeBlockedEntries() {
        let desired = [Fixtures.desired("Fresh"), Fixtures.desired("Dup", file: "x.yaml"), Fixtures.desired("Dup", file: "y.yaml")]
        let resolution = IdentityResolver.resolve(desired: desired, remote: [summary("a9", "Legacy")])
        #expect(resolution.toCreate.map(\.name) == ["Fresh"])
        let plan = Planner.plan(resolution, fetched: [:])
        #expect(plan.hasErrors)
        #expect(plan.assessments.filter { $0.action == .blocked }.count == 2)
        #expect(plan.unmanaged.map(\.id) == ["a9"])
        #expect(plan.warnings.contains { $0.message.contains("not managed here") })
    }

    @Test func identityFingerprintChangesWithNamesOnly() {
        let base = [summary("a1", "Screen"), summary("a2", "Other")]
        let renamed = [summary("a1", "Screen 2"), summary("a2", "Other")]
        var edited = base
        edited[0].questionCount = 9
        #expect(RemoteFingerprint.identity(of: base) == RemoteFingerprint.identity(of: edited))
        #expect(RemoteFingerprint.identity(of: base) != RemoteFingerprint.identity(of: renamed))
        #expect(RemoteFingerprint.identity(of: base) == RemoteFingerprint.identity(of: base.reversed()))
    }
}
