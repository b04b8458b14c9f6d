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
            if let problem = contentProblem(Array(value.utf8)) {
                return .failure(Missing(problem: "\(label(source)) \(problem)", fix: "export \(name) with the API key of \(environment) alone"))
            }
            return .success(APIKey(value))
        case .file(let path):
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            var bytes: [UInt8]
            switch KeyFileReader.read(url, shown: path) {
            case .failure(let failure): return .failure(Missing(problem: failure.problem, fix: failure.fix))
            case .success(let read): bytes = read
            }
            if bytes.starts(with: utf8ByteOrderMark) { bytes.removeFirst(utf8ByteOrderMark.count) }
            if let problem = contentProblem(bytes) {
                return .failure(Missing(problem: "\(label(source)) \(problem)", fix: "write the API key of \(environment) alone into it"))
            }
            guard let value = nonEmpty(String(decoding: bytes, as: UTF8.self)) else {
                return .failure(Missing(problem: "\(label(source)) is empty", fix: "write the API key of \(environment) into it"))
            }
            return .success(APIKey(value))
        }
    }

    private static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Why `bytes` cannot be a key once surrounding white space (a trailing newline) is trimmed: a line
    /// break inside, or a byte that is not printable ASCII (a key is sent in an HTTP header). Names the
    /// column, never the content.
    static func contentProblem(_ bytes: [UInt8]) -> String? {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return nil
        }
        let lines = bytes[first...last].split(omittingEmptySubsequences: true) { $0 == 0x0A || $0 == 0x0D }
        if lines.count > 1 {
            return "holds \(lines.count) lines, and a key is one line"
        }
        if let bad = bytes[first...last].firstIndex(where: { !(0x21...0x7E).contains($0) }) {
            let column = bad - first + 1
            let what = bytes[bad] == 0x20 || bytes[bad] == 0x09 ? "white space" : "a character that is not printable ASCII"
            return "holds \(what) at column \(column), and a key is letters, digits and punctuation only"
        }
        return nil
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
