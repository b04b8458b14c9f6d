import Foundation
import TaptalentAPI

/// `doctor --write`: the checks that need to change the account. They run only on request, and on
/// Taptalent's production host only with `--production`, since what they create cannot be deleted (only
/// set inactive). `WriteExercise` walks every endpoint tapform writes to; the de-duplication of a repeated
/// invite it observes is recorded for `invite --resend-unknown`.
struct DoctorWriteChecks {
    /// A client that may write.
    let client: TaptalentClient
    let environment: String
    let root: URL
    let allowProduction: Bool
    let interruption: RunInterruption?

    struct Findings {
        var checks: [DoctorCheck] = []
        var endpoints: [EndpointCheck] = []
        var created: [CreatedAssessment] = []
    }

    /// Whether `url` is Taptalent's production API.
    static func isProduction(_ url: URL) -> Bool {
        url.host?.lowercased() == TaptalentConfiguration.productionBaseURL.host?.lowercased()
    }

    func run() async -> Findings {
        let url = client.configuration.baseURL
        if Self.isProduction(url) && !allowProduction {
            return Findings(checks: [.failed("--write changes the account, and \(url.absoluteString) is Taptalent's production API",
                                             "run it on the sandbox environment, or add --production to create inactive assessments "
                                             + "named \(WriteExercise.namePrefix)… there (they cannot be deleted)")])
        }
        let controls = url.host.map(URLSafety.isLoopback) == true ? try? EmulatorControlClient(url: url) : nil
        let outcome = await WriteExercise(client: client, controls: controls, interruption: interruption).run()
        var findings = Findings(endpoints: outcome.rows, created: outcome.created)
        findings.checks += Self.summary(outcome)
        if let step = outcome.stoppedBefore, let signal = interruption?.signal {
            findings.checks.append(.skipped("the steps from \"\(step)\" on", "\(signal.name) received"))
        }
        if var check = outcome.deduplicationCheck {
            if let deduplicates = outcome.deduplicates {
                let record = DeduplicationRecord(
                    environment: environment, url: DeduplicationRecords.location(environment: environment, baseURL: url),
                    deduplicates: deduplicates, checkedAt: DeduplicationRecords.now())
                do {
                    try DeduplicationRecords.save(record, root: root)
                    check.details.append("recorded for environment \"\(environment)\" in \(DeduplicationRecords.path)")
                } catch {
                    findings.checks += [check, .failed("\(error)", "check that .tapform/ is writable")]
                    return findings
                }
            }
            findings.checks.append(check)
        }
        return findings
    }

    /// A line for the table, and one for what was created: set inactive, or not.
    private static func summary(_ outcome: WriteExercise.Outcome) -> [DoctorCheck] {
        let differing = outcome.rows.filter { !$0.ok }.count
        let table: DoctorCheck = differing == 0
            ? .passed("\(outcome.rows.count) answers of the endpoints tapform writes to match the contract (table below)")
            : .failed("\(differing) of \(outcome.rows.count) answers differ from the contract (table below)",
                      "tapform may misread this account: do not apply to it yet; report it with `doctor --write --format json`")
        let shown = { (list: [CreatedAssessment]) in list.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") }
        let left = outcome.created.filter { !$0.deactivated }
        guard left.isEmpty else {
            return [table, .failed("still active: \(shown(left))", "set \(left.count == 1 ? "it" : "them") inactive in Taptalent")]
        }
        return outcome.created.isEmpty ? [table] : [table, .passed("created and set inactive: \(shown(outcome.created))")]
    }
}
