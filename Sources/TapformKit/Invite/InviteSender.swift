import Foundation
import TapformInvite
import TaptalentAPI

/// The sending pass: streams the file again and keeps at most `parallelism` invites in flight.
///
/// Rows are read one at a time and handed to a task group as slots free up, so memory holds the
/// window, never the file. All bookkeeping (counts, `--failed-out`, progress) happens here, in one task;
/// each invite's ledger entries are written by its own task (`InviteAttempt`). When an invite shows
/// that every later one would fail too (`InviteAttemptOutcome.stop`), or a stop is requested
/// (`InviteOptions.interruption`), no further invite starts, the ones in flight finish and are recorded,
/// and the rest are counted as not attempted. After a stop request, invites still in flight when
/// `interruptGrace` is over are cancelled and recorded as `unknown`.
struct InviteSender {
    let batch: InviteBatch
    let ledger: InviteLedger
    let attempt: InviteAttempt
    let options: InviteOptions
    let census: InviteCensus
    let failedOut: FailedRowsWriter?

    /// What the task group's children report: an invite that ended, or the stop grace being over.
    private enum Event: Sendable {
        case ended(InviteAttempt.Result)
        case graceOver
    }

    func run(progress: @Sendable (InviteProgress) -> Void) async -> InviteReport {
        var state = State(census: census, options: options, ledgerPath: ledger.url.path, failedOut: failedOut)
        let started = ContinuousClock.now
        let total = census.toSend
        let window = max(1, min(options.parallelism, InviteOptions.maxParallelism))
        let attempt = attempt
        let interruption = options.interruption
        let grace = options.interruptGrace
        var stopping: Bool { state.stopReason != nil || interruption?.isRequested == true }

        await withTaskGroup(of: Event.self) { group in
            var inFlight = 0
            if let interruption {
                group.addTask {
                    await interruption.requested()
                    if !Task.isCancelled { try? await Task.sleep(for: grace) }
                    return .graceOver
                }
            }
            /// Waits for one invite in flight to end and records it; false when none is in flight.
            func absorbNext() async -> Bool {
                while inFlight > 0, let event = await group.next() {
                    switch event {
                    case .ended(let result):
                        inFlight -= 1
                        state.absorb(result)
                        progress(InviteProgress(done: state.done, total: total, elapsedSeconds: Self.seconds(ContinuousClock.now - started)))
                        return true
                    case .graceOver:
                        group.cancelAll()
                    }
                }
                return false
            }
            do {
                let rows = try batch.rows()
                while !stopping, let outcome = try rows.next() {
                    switch outcome {
                    case .duplicate:
                        continue
                    case .invalid(let row):
                        state.writeFailedOut(fields: row.fields, reason: "line \(row.line): \(row.reason)")
                    case .valid(let candidate):
                        let decision = LedgerDecision(await ledger.outcome(for: candidate.email), resendUnknown: options.resendUnknown)
                        if decision == .hold { state.writeFailedOut(fields: candidate.fields, reason: LedgerDecision.heldReason) }
                        guard decision.sends else { continue }
                        if inFlight >= window { _ = await absorbNext() }
                        // Checked right before each start: a stop request lets no new invite begin.
                        guard !stopping else { break }
                        let isResend = decision == .resend
                        group.addTask { .ended(await attempt.run(candidate, isResend: isResend)) }
                        inFlight += 1
                        state.started += 1
                    }
                }
            } catch {
                state.stop("the file could not be read to the end: \(error)")
            }
            while await absorbNext() {}
            // Ends the grace watcher, which is all that can be left.
            group.cancelAll()
        }
        state.report.interrupted = interruption?.signal
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
            InviteRowProblem(line: $0.line, email: $0.email, reason: LedgerDecision.heldReason)
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
            if result.isResend { report.resentSentNow += 1 }
        case .alreadyInvited:
            report.summary.alreadyInvited += 1
            if result.isResend { report.resentAlreadyInvited += 1 }
        case .failed(let reason):
            report.summary.failed += 1
            sample(&report.failed, candidate, reason)
            writeFailedOut(fields: candidate.fields, reason: reason)
        case .unknown(let reason):
            report.summary.unknown += 1
            sample(&report.unknown, candidate, reason)
            writeFailedOut(fields: candidate.fields, reason: "unknown outcome: \(reason)")
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
