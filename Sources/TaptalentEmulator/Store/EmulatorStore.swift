import TapformSupport
import TaptalentAPI

/// The emulator's one consistent store. Every operation runs inside the actor, so each is atomic; a
/// write is made durable (when there is a data directory) before it is applied and answered.
actor EmulatorStore {
    private(set) var state: EmulatorState
    private var log: DurableLog?
    private let syncer: GroupCommit?
    private var closed = false
    let counters: Counters
    /// How new ids (and the company's) look.
    let ids: IdentifierStyle

    private init(state: EmulatorState, log: DurableLog?, counters: Counters, ids: IdentifierStyle) {
        self.ids = ids
        self.state = state
        self.log = log
        self.syncer = log?.syncer
        self.counters = counters
    }

    /// A store in memory (`directory == nil`) or in a data directory, loaded from what it holds.
    static func open(directory: String?, counters: Counters, ids: IdentifierStyle = .hex) throws -> EmulatorStore {
        guard let directory else { return EmulatorStore(state: .initial(), log: nil, counters: counters, ids: ids) }
        do {
            let (log, state) = try DurableLog.open(directory: directory)
            return EmulatorStore(state: state, log: log, counters: counters, ids: ids)
        } catch let error as FileError {
            throw EmulatorStartError.damagedData(path: error.path, reason: error.description)
        }
    }

    /// Records and applies one mutation: the write unit, atomic, and durable before this returns.
    /// The check, the append and the apply happen without suspending, so no other operation interleaves;
    /// only the wait for the (shared) fsync suspends.
    func commit(_ mutation: Mutation) async throws(APIError) {
        guard !closed else { throw .internalError("The emulator is stopping.") }
        let seq: Int64?
        do {
            seq = try log?.record(mutation)
        } catch {
            throw .internalError("The emulator could not save the change: \(error)")
        }
        state.apply(mutation)
        try? log?.compactIfNeeded(state)
        guard let seq, let syncer else { return }
        do {
            try await syncer.waitDurable(seq)
        } catch {
            throw .internalError("The emulator could not make the change durable: \(error)")
        }
    }

    /// Closes the data files and releases the directory (after the server has stopped).
    func close() {
        closed = true
        log?.close()
        log = nil
    }

    // MARK: - Lookups shared by the operations

    func storedAssessment(_ id: String) throws(APIError) -> StoredAssessment {
        guard let assessment = state.assessments[id] else { throw .notFound("Assessment \(id) not found.") }
        return assessment
    }

    func wire(_ assessment: StoredAssessment, withQuestions: Bool = true) -> WireAssessment {
        WireMapping.assessment(
            assessment, companyId: ids.companyId, submissions: state.submissionCount(assessment.id), withQuestions: withQuestions)
    }

    /// Checks that a job id given in a body exists.
    func requireJob(_ jobId: String?) throws(APIError) -> StoredJob? {
        guard let jobId else { return nil }
        guard let job = state.jobs[jobId] else {
            throw .invalid(field: AssessmentBodyKey.jobId.stringValue, "\"\(AssessmentBodyKey.jobId.stringValue)\" must reference an existing job")
        }
        return job
    }

    /// A new id for an assessment, question or candidate (random: unique, never reused).
    func newId() -> String {
        Identifiers.make(ids) { state.assessments[$0] != nil }
    }

    // MARK: - Reads

    func listAssessments(_ page: PageQuery) -> WireAssessmentList {
        let newestFirst = state.assessmentOrder.reversed().compactMap { state.assessments[$0] }
        return WireAssessmentList(
            assessments: page.slice(newestFirst).map { wire($0, withQuestions: false) },
            pagination: page.pagination(total: newestFirst.count)
        )
    }

    func assessment(_ id: String) throws(APIError) -> WireAssessment {
        wire(try storedAssessment(id))
    }

    func jobs(_ page: PageQuery) -> WireJobList {
        let jobs = state.sortedJobs
        return WireJobList(jobs: page.slice(jobs).map(WireMapping.job), totalJobs: jobs.count)
    }

    func job(_ id: String) throws(APIError) -> WireJob {
        guard let job = state.jobs[id] else { throw .notFound("Job \(id) not found.") }
        return WireMapping.job(job)
    }

    func candidates(_ assessmentId: String, _ page: PageQuery) throws(APIError) -> WireCandidateList {
        _ = try storedAssessment(assessmentId)
        let completions = state.completions[assessmentId] ?? []
        return WireCandidateList(
            candidates: page.slice(completions).map(WireMapping.candidate),
            pagination: page.pagination(total: completions.count)
        )
    }
}
