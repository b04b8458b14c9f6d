import Foundation
import TaptalentAPI

/// `doctor --write`: checks that need to change the account, one line each. They run only on request,
/// and on Taptalent's production host only with `--production`, since what they create cannot be
/// deleted (only set inactive). For now one check: repeated invites (`DeduplicationCheck`), whose
/// finding is recorded for `invite --resend-unknown`.
struct DoctorWriteChecks {
    /// A client that may write.
    let client: TaptalentClient
    let environment: String
    let root: URL
    let allowProduction: Bool

    /// Whether `url` is Taptalent's production API.
    static func isProduction(_ url: URL) -> Bool {
        url.host?.lowercased() == TaptalentConfiguration.productionBaseURL.host?.lowercased()
    }

    func run() async -> [DoctorCheck] {
        let url = client.configuration.baseURL
        if Self.isProduction(url) && !allowProduction {
            return [.failed("--write changes the account, and \(url.absoluteString) is Taptalent's production API",
                            "run it on the sandbox environment, or add --production to create an inactive assessment "
                            + "named \(DeduplicationCheck.namePrefix)… there (it cannot be deleted)")]
        }
        let controls = url.host.map(URLSafety.isLoopback) == true ? try? EmulatorControlClient(url: url) : nil
        let finding = await DeduplicationCheck(client: client, controls: controls).run()
        var check = finding.check
        if let deduplicates = finding.deduplicates {
            let record = DeduplicationRecord(
                environment: environment, url: DeduplicationRecords.location(environment: environment, baseURL: url),
                deduplicates: deduplicates, checkedAt: DeduplicationRecords.now())
            do {
                try DeduplicationRecords.save(record, root: root)
                check.details.append("recorded for environment \"\(environment)\" in \(DeduplicationRecords.path)")
            } catch {
                return [check, .failed("\(error)", "check that .tapform/ is writable")]
            }
        }
        return [check]
    }
}
