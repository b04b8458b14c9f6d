import Foundation
import TapformInvite
import TaptalentAPI

/// The sending pass: streams the file again and keeps at most `parallelism` invites in flight.
///
/// Rows are read one at a time and handed to a task group as slots free up, so memory holds the
/// window, never the file. All bookkeeping (counts, `--failed-out`, progress) happens here, in one task;
/// each invite's ledger entries are written by its own task (`InviteAttempt`). When an invite shows
/// that every later one would fail too (`InviteAttemptOutcome.stop`), no further invite starts, the ones
/// in flight finish and are recorded, and the rest are counted as not attempted.
struct InviteSender {
    let batch: InviteBatch
    let ledger: InviteLedger
    let attempt: InviteAttempt
    let options: InviteOptions
    let census: InviteCensus
    let failedOut: FailedRowsWriter?

    func run(progress: @Sendable (InviteProgress) -> Void) async -> InviteReport {
        var state = State(census: census, options: options, ledgerPath: ledger.url.path, failedOut: failedOut)
        let started = ContinuousClock.now
        let total = census.toSend
        let window = max(1, min(options.parallelism, InviteOptions.maxParallelism))
        let attempt = attempt

        await withTaskGroup(of: InviteAttempt.Result.self) { group in
            func absorb(_ result: InviteAttempt.Result) {
                state.absorb(result)
                progress(InviteProgress(done: state.done, total: total, elapsedSeconds: Self.seconds(ContinuousClock.now - started)))
            }
            var inFlight = 0
            do {
                let rows = try batch.rows()
                while state.stopReason == nil, let outcome = try rows.next() {
                    switch outcome {
                    case .duplicate:
                        continue
                    case .invalid(let row):
                        state.writeFailedOut(fields: row.fields, reason: "line \(row.line): \(row.reason)")
                    case .valid(let candidate):
                        if await ledger.isBlocked(candidate.email) { continue }
                        if inFlight >= window, let result = await group.next() {
                            inFlight -= 1
                            absorb(result)
                            if state.stopReason != nil { break }
                        }
                        group.addTask { await attempt.run(candidate) }
                        inFlight += 1
                        state.started += 1
                    }
                }
            } catch {
                state.stop("the file could not be read to the end: \(error)")
            }
            while let result = await group.next() { absorb(result) }
        }
        return state.finish(total: total)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

/// The running counts of one sending pass.
private struct State {
    var report: InviteReport
    let options: InviteOptions
    let failedOut: FailedRowsWriter?
    var done = 0
    var started = 0
    var notAttempted = 0
    var stopReason: String? { report.stopReason }

    init(census: InviteCensus, options: InviteOptions, ledgerPath: String, failedOut: FailedRowsWriter?) {
        self.options = options
        self.failedOut = failedOut
        report = InviteReport(ledgerPath: ledgerPath)
        report.summary.skippedByLedger = census.skippedByLedger
        report.summary.invalid = census.invalidCount
        report.summary.duplicates = census.duplicateCount
        report.summary.unknown = census.unresolvedInLedger
        report.unknown = census.unresolved.map {
            InviteRowProblem(line: $0.line, email: $0.email, reason: "left pending or unknown in the ledger by an earlier run")
        }
    }

    mutating func stop(_ reason: String) {
        if report.stopReason == nil { report.stopReason = reason }
    }

    mutating func absorb(_ result: InviteAttempt.Result) {
        let candidate = result.candidate
        if let failure = result.ledgerFailure {
            stop("cannot write the ledger \(report.ledgerPath): \(failure)")
        }
        switch result.outcome {
        case .sent:
            report.summary.sent += 1
        case .alreadyInvited:
            report.summary.alreadyInvited += 1
        case .failed(let reason):
            report.summary.failed += 1
            sample(&report.failed, candidate, reason)
            writeFailedOut(fields: candidate.fields, reason: reason)
        case .unknown(let reason):
            report.summary.unknown += 1
            sample(&report.unknown, candidate, reason)
        case .stop(let reason):
            stop(reason)
            if result.ledgerFailure != nil {
                // The pending entry itself could not be written: nothing was sent for this row.
                notAttempted += 1
            } else {
                report.summary.failed += 1
                sample(&report.failed, candidate, reason)
                writeFailedOut(fields: candidate.fields, reason: reason)
            }
        }
        done += 1
    }

    mutating func writeFailedOut(fields: [String], reason: String) {
        guard let failedOut else { return }
        do {
            try failedOut.write(fields: fields, reason: reason)
        } catch {
            stop("cannot write \(failedOut.url.path): \(error)")
        }
    }

    private func sample(_ list: inout [InviteRowProblem], _ candidate: InviteCandidate, _ reason: String) {
        guard list.count < options.sampleLimit else { return }
        list.append(InviteRowProblem(line: candidate.line, email: options.masker.display(candidate.email), reason: reason))
    }

    func finish(total: Int) -> InviteReport {
        var report = report
        report.notAttempted = max(0, total - started) + notAttempted
        report.failedOutRows = failedOut?.rowCount
        return report
    }
}
