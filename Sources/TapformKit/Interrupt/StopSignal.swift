/// The signals that stop a run gracefully (`invite`, `apply`), and the exit status each one ends with:
/// 128 plus the signal's number, as a shell reports a process that a signal ended.
public enum StopSignal: Sendable, Hashable, CaseIterable {
    /// SIGINT (2): Ctrl-C on a terminal.
    case interrupt
    /// SIGTERM (15): `kill`, a CI runner cancelling a job, a container stopping.
    case terminate

    /// The POSIX signal number.
    public var number: Int32 {
        switch self {
        case .interrupt: 2
        case .terminate: 15
        }
    }

    /// `SIGINT`, `SIGTERM`.
    public var name: String {
        switch self {
        case .interrupt: "SIGINT"
        case .terminate: "SIGTERM"
        }
    }

    /// 130 after SIGINT, 143 after SIGTERM.
    public var exitCode: Int32 { 128 + number }
}
