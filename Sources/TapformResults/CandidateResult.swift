/// One completed candidate, as exported by `tapform results`. The caller maps API objects into it.
public struct CandidateResult: Sendable, Hashable {
    public var email: String
    public var firstName: String?
    public var lastName: String?
    /// 0 to 100.
    public var score: Double?
    /// `A1` … `C2`, when assessed.
    public var cefrLevel: String?
    /// Epoch milliseconds.
    public var submittedAt: Int64?
    public var reportUrl: String?

    public init(email: String, firstName: String? = nil, lastName: String? = nil, score: Double? = nil,
                cefrLevel: String? = nil, submittedAt: Int64? = nil, reportUrl: String? = nil) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.score = score
        self.cefrLevel = cefrLevel
        self.submittedAt = submittedAt
        self.reportUrl = reportUrl
    }

    /// The export's column names, in order.
    public static let columns = ["email", "firstName", "lastName", "score", "cefrLevel", "submittedAt", "reportUrl"]

    /// The score as text: whole numbers without a decimal point (`87`), others in shortest form (`87.5`).
    public static func scoreText(_ score: Double) -> String {
        guard score.isFinite else { return "" }
        if score == score.rounded(), abs(score) < 1e15 { return String(Int64(score)) }
        return String(score)
    }
}
