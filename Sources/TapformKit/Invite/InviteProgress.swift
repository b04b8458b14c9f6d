/// How far a sending run is: invites answered (whatever the outcome) out of those due.
public struct InviteProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    /// Seconds since sending started.
    public var elapsedSeconds: Double

    public init(done: Int, total: Int, elapsedSeconds: Double) {
        self.done = done
        self.total = total
        self.elapsedSeconds = elapsedSeconds
    }
}
