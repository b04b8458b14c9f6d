/// How a file found its remote assessment.
public enum MatchReason: Codable, Sendable, Hashable {
    case pinnedId
    case name
    /// Found under an earlier name listed in `renamedFrom`.
    case renamedFrom(String)
}

/// A file paired with the remote assessment it manages.
public struct MatchedAssessment: Sendable, Hashable {
    public var desired: DesiredAssessment
    public var remote: RemoteAssessmentSummary
    public var reason: MatchReason
}

/// A file whose identity could not be resolved; it is neither created nor updated.
public struct UnresolvedAssessment: Sendable, Hashable {
    public var desired: DesiredAssessment
    public var errors: [Diagnostic]
}

/// The outcome of matching files to the remote list. The caller fetches `idsToFetch` (and nothing else)
/// and passes the result to `Planner.plan`.
public struct Resolution: Sendable, Hashable {
    public var matched: [MatchedAssessment]
    public var toCreate: [DesiredAssessment]
    public var unresolved: [UnresolvedAssessment]
    /// Remote assessments no file declares: "not managed here", never touched unless pruned.
    public var unmanaged: [RemoteAssessmentSummary]
    public var warnings: [Diagnostic]
    /// `RemoteFingerprint.identity(of:)` of the list the resolution was made from.
    public var identityFingerprint: String

    /// The ids whose full objects the planner needs.
    public var idsToFetch: [String] { matched.map(\.remote.id) }

    /// Every identity error, for reporting before any fetch.
    public var errors: [Diagnostic] { unresolved.flatMap(\.errors) }
}
