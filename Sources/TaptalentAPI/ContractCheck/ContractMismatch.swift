/// One way a live response differs from the contract, at a field path such as `data.assessments[0].duration`.
public struct ContractMismatch: Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        /// A documented field is absent.
        case missing(expected: String)
        case wrongType(expected: String, got: String)
        /// A string outside the documented set of values.
        case unexpectedValue(got: String, allowed: [String])
        /// The body is not JSON, or is an error answer.
        case notSuccessJSON(String)
    }

    /// `$` for the whole body; otherwise dotted names with `[index]` for array elements.
    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The path with every array index replaced by `[*]`, to group the same mismatch across list items.
    public var genericPath: String {
        path.replacing(/\[\d+\]/, with: "[*]")
    }

    public var description: String {
        switch problem {
        case .missing(let expected): return "\(path): missing (expected \(expected))"
        case .wrongType(let expected, let got): return "\(path): expected \(expected), got \(got)"
        case .unexpectedValue(let got, let allowed):
            return "\(path): unexpected value \"\(got)\" (expected one of \(allowed.joined(separator: ", ")))"
        case .notSuccessJSON(let reason): return "\(path): \(reason)"
        }
    }
}
