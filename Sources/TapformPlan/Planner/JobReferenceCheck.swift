import TaptalentContract

/// The job ids a plan would send, checked against the account's jobs before anything is applied: a file's
/// `job:` naming no job of the account blocks its assessment at plan time, at the `job:` line, instead of
/// failing in the middle of `apply`. Pure: the caller reads the jobs (only when `ids(in:)` is not empty).
public enum JobReferenceCheck {
    /// A job of the account, as the check reports it.
    public struct Job: Sendable, Hashable {
        public var id: String
        public var title: String

        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// Jobs listed in an error, at most.
    static let listedJobs = 5

    /// The job an assessment's steps send: a create's job, or an update that sets a new one (an unchanged
    /// job is not sent, so it is not checked).
    public static func job(sentBy entry: AssessmentPlan) -> String? {
        for step in entry.steps {
            switch step {
            case .createAssessment(let create): if let job = create.settings.job { return job }
            case .autoGenerate(let create): if let job = create.settings.job { return job }
            case .updateSettings(let patch): if let job = patch.job?.value { return job }
            default: continue
            }
        }
        return nil
    }

    /// Every job id the plan would send.
    public static func ids(in plan: Plan) -> Set<String> {
        Set(plan.assessments.compactMap(job(sentBy:)))
    }

    /// The plan with each assessment whose job is not among `jobs` blocked, its error at the `job:` key.
    public static func check(_ plan: Plan, jobs: [Job]) -> Plan {
        let known = Set(jobs.map(\.id))
        var changed = false
        let entries = plan.assessments.map { entry in
            guard let job = job(sentBy: entry), !known.contains(job) else { return entry }
            changed = true
            var blocked = entry
            blocked.errors.append(Diagnostic(.error,
                "\(SpecKey.job.rawValue) \(DisplayValue.quoted(job)) is not a job of this account, so apply would be refused; "
                    + available(jobs), at: entry.location(of: .job)))
            blocked.action = .blocked
            blocked.steps = []
            return blocked
        }
        guard changed else { return plan }
        return Plan(
            assessments: entries, unmanaged: plan.unmanaged, warnings: plan.warnings,
            identityFingerprint: plan.identityFingerprint)
    }

    private static func available(_ jobs: [Job]) -> String {
        guard !jobs.isEmpty else { return "the account has no jobs: remove `job:` or create the job first" }
        let sorted = jobs.sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
        let listed = sorted.prefix(listedJobs).map { "\($0.id) (\(DisplayValue.quoted($0.title)))" }
        let more = jobs.count > listedJobs ? " and \(jobs.count - listedJobs) more" : ""
        return "its jobs are " + listed.joined(separator: ", ") + more
    }
}
