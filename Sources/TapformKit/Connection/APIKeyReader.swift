import Foundation
import TapformSpec
import TaptalentAPI

/// Reads an environment's API key from the variable or file that tapform.yaml names. The one way both
/// connecting and `doctor` read it: surrounding white space trimmed, an empty value counted as missing.
enum APIKeyReader {
    /// Why no key could be read, and what to do about it.
    struct Missing: Error, Sendable {
        var problem: String
        var fix: String
    }

    /// `$NAME` or `the file PATH`, for messages.
    static func label(_ source: EnvironmentConfig.APIKeySource) -> String {
        switch source {
        case .environmentVariable(let name): "$\(name)"
        case .file(let path): "the file \(path)"
        }
    }

    /// - Parameters:
    ///   - environment: the environment's name (or URL), for messages.
    ///   - root: the project folder; a relative key file is read from there.
    static func read(
        _ source: EnvironmentConfig.APIKeySource, environment: String, root: URL, process: [String: String]
    ) -> Result<APIKey, Missing> {
        switch source {
        case .environmentVariable(let name):
            guard let value = nonEmpty(process[name]) else {
                return .failure(Missing(problem: "\(label(source)) is not set", fix: "export \(name) with the API key of \(environment)"))
            }
            return .success(APIKey(value))
        case .file(let path):
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                return .failure(Missing(problem: "cannot read \(label(source))", fix: "write the API key of \(environment) into it"))
            }
            guard let value = nonEmpty(text) else {
                return .failure(Missing(problem: "\(label(source)) is empty", fix: "write the API key of \(environment) into it"))
            }
            return .success(APIKey(value))
        }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
