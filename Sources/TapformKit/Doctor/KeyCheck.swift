import Foundation
import TapformSpec
import TaptalentAPI

/// Reads the API key from where the environment says it is. Only the key's kind (`sk_live_…` or
/// `sk_test_…`) is ever shown. A key unlike the documented format is a warning, never a failure: the
/// server is the judge, and the next check asks it.
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
        let found = "API key found in \(label): \(kind)"
        if let problem = key.formatProblem {
            return (key, .passed(found, details: [
                "warning: it does not look like a Taptalent key (\(problem)); the server decides below. If it "
                    + "refuses the key, copy it again from the Taptalent dashboard",
            ]))
        }
        return (key, .passed(found))
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
