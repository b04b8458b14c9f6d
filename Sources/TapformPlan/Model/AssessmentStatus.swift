/// Whether candidates can take an assessment. `inactive` is how an assessment is retired: there is no delete.
public enum AssessmentStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case active
    case inactive
}
