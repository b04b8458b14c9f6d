import Foundation
import TapformInvite
import TaptalentAPI

/// How `tapform invite` runs, beyond which assessment it targets.
public struct InviteOptions: Sendable {
    /// The candidates' CSV file.
    public var csv: URL
    /// List what would be sent, send nothing, write no ledger entry.
    public var dryRun: Bool
    /// Invites in flight at once (a bounded window over the streamed rows).
    public var parallelism: Int
    /// The ledger; nil means `.tapform/invites/<assessment-id>.jsonl` under the project root.
    public var ledger: URL?
    /// Where to write the failed and invalid rows, with a `reason` column, for a retry.
    public var failedOut: URL?
    /// Masks addresses in everything the use case returns for display (not in the ledger or `failedOut`).
    public var masker: EmailMasker
    /// How many invalid, duplicate, failed and unresolved rows the report keeps for display (the counts
    /// cover all of them); keeps memory flat whatever the file holds.
    public var sampleLimit: Int
    /// `--resend-unknown`: send again the addresses an earlier run left `pending` or `unknown`. Safe only
    /// where the API answers a repeated invite with `alreadyInvited: true` and no second email, so it
    /// needs that confirmed for the environment (`tapform doctor --write`) or `trustDeduplication`.
    public var resendUnknown: Bool
    /// `--trust-deduplication`: the person running takes the API's de-duplication on trust for this run.
    public var trustDeduplication: Bool
    /// Checked before each invite starts; once requested, no new invite starts (see `interruptGrace`).
    public var interruption: RunInterruption?
    /// After a stop is requested, how long the invites in flight may take to finish; those still running
    /// then are cancelled and recorded as `unknown`.
    public var interruptGrace: Duration

    /// The default window.
    public static let defaultParallelism = ConcurrencyLimit.defaultMaximum
    /// The largest window accepted.
    public static let maxParallelism = ConcurrencyLimit.largestMaximum
    /// The default `interruptGrace`: longer than a normal answer, short enough for a CI job being cancelled.
    public static let defaultInterruptGrace: Duration = .seconds(10)

    public init(
        csv: URL, dryRun: Bool = false, parallelism: Int = InviteOptions.defaultParallelism, ledger: URL? = nil,
        failedOut: URL? = nil, masker: EmailMasker = EmailMasker(isEnabled: false), sampleLimit: Int = 50,
        resendUnknown: Bool = false, trustDeduplication: Bool = false, interruption: RunInterruption? = nil,
        interruptGrace: Duration = InviteOptions.defaultInterruptGrace
    ) {
        self.csv = csv
        self.dryRun = dryRun
        self.parallelism = parallelism
        self.ledger = ledger
        self.failedOut = failedOut
        self.masker = masker
        self.sampleLimit = sampleLimit
        self.resendUnknown = resendUnknown
        self.trustDeduplication = trustDeduplication
        self.interruption = interruption
        self.interruptGrace = interruptGrace
    }
}
