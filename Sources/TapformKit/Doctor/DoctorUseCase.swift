import Foundation
import TapformSpec
import TaptalentAPI

/// `tapform doctor [--env NAME | --url URL]`: checks tapform.yaml, the environment's URL and key,
/// reachability, authentication, and that the account's answers to the read-only endpoints have the shape
/// the contract expects. Read-only unless `write` (see `DoctorWriteChecks`); never shows the key (only
/// its kind). Runs every check it can, so one run lists every problem.
public enum DoctorUseCase {
    public static func run(_ options: DoctorOptions) async -> DoctorReport {
        var checks: [DoctorCheck] = []
        var endpoints: [EndpointCheck] = []
        var created: [CreatedAssessment] = []
        let (config, configCheck) = ConfigCheck.run(root: options.root)
        checks.append(configCheck)

        let target = await DoctorTarget.resolve(options, config: config)
        checks += target.checks
        guard let client = target.client, let url = target.url else {
            checks.append(.skipped("reachability, the API key and the contract", "no usable URL"))
            return DoctorReport(checks: checks)
        }
        let reach = await ReachabilityCheck.run(
            client: client, url: url, keyLabel: target.keyLabel, hasKey: target.hasKey)
        checks += reach.checks
        if let listBody = reach.listBody {
            checks += await ContractProbe(client: client).run(listBody: listBody)
        } else {
            checks.append(.skipped("the answers' shape (contract)", "the account did not answer"))
        }
        if options.write {
            if reach.listBody != nil, let writer = target.writeClient {
                let findings = await DoctorWriteChecks(
                    client: writer, environment: target.environmentName, root: options.root,
                    allowProduction: options.allowProduction, interruption: options.interruption).run()
                checks += findings.checks
                endpoints = findings.endpoints
                created = findings.created
            } else {
                checks.append(.skipped("the write checks (--write)", "the account did not answer"))
            }
        }
        await target.connection?.close()
        return DoctorReport(checks: checks, endpoints: endpoints, created: created)
    }
}
