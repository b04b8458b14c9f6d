import Foundation
import TapformSpec
import TaptalentAPI

/// Reads the API key from where the environment says it is, and checks its documented format. Only the
/// key's kind (`sk_live_…` or `sk_test_…`) is ever shown.
enum KeyCheck {
    static func run(
        _ source: EnvironmentConfig.APIKeySource, environment: String, root: URL, process: [String: String]
    ) -> (APIKey?, DoctorCheck) {
        let key: APIKey
        switch APIKeyReader.read(source, environment: environment, root: root, process: process) {
        case .success(let found): key = found
        case .failure(let missing): return (nil, .failed("API key: \(missing.problem)", missing.fix))
        }
        let kind = kindLabel(key)
        let label = APIKeyReader.label(source)
        if let problem = key.formatProblem {
            return (key, .failed("API key in \(label) (\(kind)) does not look like a Taptalent key: \(problem)",
                                 "copy the key again from the Taptalent dashboard"))
        }
        return (key, .passed("API key found in \(label): \(kind)"))
    }

    /// `a sk_live_… key`, `a sk_test_… key`, or `a key of unknown kind`; never any part of the secret.
    static func kindLabel(_ key: APIKey) -> String {
        switch key.kind {
        case .live?: "a sk_live_… key"
        case .test?: "a sk_test_… key"
        case nil: "a key of unknown kind"
        }
    }
}
