import Foundation
import TaptalentAPI

/// Compares the account's answers to the read-only endpoints with the contract (`ContractChecker`): the
/// list, one assessment and its candidates when any exists, the jobs, and one job when any exists. One
/// line per endpoint; every mismatch listed by field.
struct ContractProbe {
    let client: TaptalentClient

    static var firstPage: [URLQueryItem] {
        [URLQueryItem(name: WireQuery.pageNumber, value: "1"),
         URLQueryItem(name: WireQuery.perPage, value: String(WireQuery.defaultPerPage))]
    }

    func run(listBody: Data) async -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let firstAssessment = Self.firstId(in: listBody, list: "assessments", field: "assessmentId")
        var listCheck = Self.check(listBody, .assessmentList)
        if firstAssessment == nil && listCheck.outcome == .passed {
            listCheck.text += " (the account has no assessment, so none was read on its own)"
        }
        checks.append(listCheck)
        if let id = firstAssessment {
            checks.append(await probe(.assessment, WirePath.assessment(PathSegment.escape(id))))
            checks.append(await probe(.candidateList, WirePath.candidates(PathSegment.escape(id)), query: Self.firstPage))
        }
        let (jobsCheck, jobsBody) = await fetchAndCheck(.jobList, WirePath.jobs, query: Self.firstPage)
        var jobs = jobsCheck
        let firstJob = jobsBody.flatMap { Self.firstId(in: $0, list: "jobs", field: "id") }
        if jobsBody != nil && firstJob == nil && jobs.outcome == .passed {
            jobs.text += " (the account has no job, so none was read on its own)"
        }
        checks.append(jobs)
        if let id = firstJob {
            checks.append(await probe(.job, WirePath.job(PathSegment.escape(id))))
        }
        return checks
    }

    private func probe(_ endpoint: ContractEndpoint, _ path: String, query: [URLQueryItem] = []) async -> DoctorCheck {
        await fetchAndCheck(endpoint, path, query: query).0
    }

    private func fetchAndCheck(_ endpoint: ContractEndpoint, _ path: String, query: [URLQueryItem]) async -> (DoctorCheck, Data?) {
        do {
            let body = try await client.rawGet(path, query: query)
            return (Self.check(body, endpoint), body)
        } catch {
            return (.failed("\(endpoint.rawValue) failed: \(error)", "the endpoint may differ from the contract; run again with --debug"), nil)
        }
    }

    /// One line for an endpoint's body, with each distinct mismatch (array items grouped) as a detail.
    static func check(_ body: Data, _ endpoint: ContractEndpoint) -> DoctorCheck {
        let details = grouped(ContractChecker.check(body, against: endpoint))
        guard !details.isEmpty else { return .passed("\(endpoint.rawValue) matches the contract") }
        let fields = details.count == 1 ? "1 field" : "\(details.count) fields"
        return .failed("\(endpoint.rawValue) differs from the contract in \(fields)",
                       "tapform may misread this account; report it with this output", details: details)
    }

    /// Each distinct mismatch once, array items grouped: `data.assessments[*].duration: … (2 items)`.
    static func grouped(_ mismatches: [ContractMismatch]) -> [String] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for mismatch in mismatches {
            var generic = mismatch
            generic.path = mismatch.genericPath
            let line = generic.description
            if counts[line] == nil { order.append(line) }
            counts[line, default: 0] += 1
        }
        return order.map { line in counts[line]! > 1 ? "\(line) (\(counts[line]!) items)" : line }
    }

    /// The `field` of the first item of the list named `list`, in the body or under `data`.
    static func firstId(in body: Data, list: String, field: String) -> String? {
        guard case .object(let top)? = try? JSONDecoder().decode(JSONValue.self, from: body) else { return nil }
        var container = top
        if case .object(let data)? = top["data"] { container = data }
        guard case .array(let items)? = container[list], case .object(let first)? = items.first else { return nil }
        switch first[field] {
        case .string(let id)?: return id
        case .number(let number)? where number.rounded() == number && abs(number) < 1e15: return String(Int64(number))
        default: return nil
        }
    }
}
