import Foundation
import TaptalentAPI

/// The first request (`GET /assessment`, one page): it shows whether the URL answers at all, and whether
/// the key is accepted. Its body feeds the contract check.
enum ReachabilityCheck {
    struct Outcome {
        var checks: [DoctorCheck]
        /// The list's body when the account answered with success.
        var listBody: Data?
    }

    static func run(client: TaptalentClient, url: URL, keyLabel: String, hasKey: Bool) async -> Outcome {
        let shown = url.absoluteString
        do {
            let body = try await client.rawGet(WirePath.assessments, query: ContractProbe.firstPage)
            let auth: DoctorCheck = hasKey ? .passed("the API key is accepted") : .skipped("the API key", "there is none")
            return Outcome(checks: [.passed("\(shown) answers"), auth], listBody: body)
        } catch let error as TaptalentError {
            return Outcome(checks: checks(for: error, shown: shown, keyLabel: keyLabel, hasKey: hasKey), listBody: nil)
        } catch {
            return Outcome(checks: [.failed("\(shown): \(error)", "check the URL")], listBody: nil)
        }
    }

    private static func checks(for error: TaptalentError, shown: String, keyLabel: String, hasKey: Bool) -> [DoctorCheck] {
        switch error.kind {
        case .transport(let failure):
            return [.failed("cannot reach \(failure.url): \(failure.reason)", "check the URL, the network and any proxy")]
        case .timeout(let seconds):
            return [.failed("\(shown) did not answer within \(Int(seconds)) s", "check the URL, the network and any proxy")]
        case .invalidResponse(let reason):
            return [.failed("\(shown) did not answer like the API: \(reason)", "the URL should be the API base, ending in /v1/partner")]
        case .insecureURL(let reason):
            return [.failed("refused to connect: \(reason)", "use https://")]
        case .readOnlyRefused, .decoding:
            return [.failed("GET /\(WirePath.assessments): \(error)", "run again with --debug")]
        case .api(let failure):
            let reachable = DoctorCheck.passed("\(shown) answers")
            let code = failure.code.map { " \($0)" } ?? ""
            switch failure.status {
            case 401 where !hasKey:
                return [reachable, .skipped("the API key", "there is none")]
            case 401:
                return [reachable, .failed("the API key was refused (401\(code))",
                                           "check that \(keyLabel) holds a current key of this environment's account")]
            case 403 where failure.code == WireErrorCode.accountInactive:
                return [reachable, .failed("the account is inactive (403\(code))", "renew the Taptalent subscription")]
            case 403:
                return [reachable, .failed("the API key lacks permission (403\(code))", "use a key with Partner API access")]
            case 404:
                return [reachable, .failed("GET /\(WirePath.assessments) answered 404\(code)",
                                           "the URL should be the API base, ending in /v1/partner")]
            case 429:
                return [reachable, .failed("the account is rate limited (429\(code))", "wait a minute and run doctor again")]
            case 500...:
                return [reachable, .failed("the service failed (\(failure.status)\(code)): \(failure.message)",
                                           "try again later")]
            default:
                return [reachable, .failed("GET /\(WirePath.assessments) answered \(failure.status)\(code): \(failure.message)",
                                           "run again with --debug")]
            }
        }
    }
}
