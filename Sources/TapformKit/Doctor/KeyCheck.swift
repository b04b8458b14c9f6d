import Foundation
import TaptalentAPI

/// Reads the API key from where the environment says it is, and checks its documented format. Only the
/// key's kind (`sk_live_…` or `sk_test_…`) is ever shown.
enum KeyCheck {
    enum Source {
        case variable(String)
        case file(String)

        var label: String {
            switch self {
            case .variable(let name): "$\(name)"
            case .file(let path): "the file \(path)"
            }
        }
    }

    static func run(_ source: Source, environment: String, root: URL, process: [String: String]) -> (APIKey?, DoctorCheck) {
        let value: String?
        switch source {
        case .variable(let name):
            value = process[name]
            guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return (nil, .failed("API key: \(source.label) is not set",
                                     "export \(name) with the API key of \(environment)"))
            }
        case .file(let path):
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            value = FileManager.default.contents(atPath: url.path).flatMap { String(data: $0, encoding: .utf8) }
            guard let value else {
                return (nil, .failed("API key: cannot read \(source.label)", "write the API key of \(environment) into it"))
            }
            guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return (nil, .failed("API key: \(source.label) is empty", "write the API key of \(environment) into it"))
            }
        }
        let key = APIKey(value ?? "")
        let kind = kindLabel(key)
        if let problem = key.formatProblem {
            return (key, .failed("API key in \(source.label) (\(kind)) does not look like a Taptalent key: \(problem)",
                                 "copy the key again from the Taptalent dashboard"))
        }
        return (key, .passed("API key found in \(source.label): \(kind)"))
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
