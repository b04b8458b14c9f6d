import Foundation

/// Turns a `DecodingError` into one line naming the field path, e.g.
/// `data.assessments[0].duration: expected Int, found a string`.
enum DecodingErrorText {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type), \(found(context.debugDescription))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(type), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            let at = context.codingPath.isEmpty ? "body" : path(context.codingPath)
            return "\(at): \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "body" : text
    }

    /// Foundation's messages read "Expected to decode Int but found a string instead."; keep the "found" part.
    private static func found(_ message: String) -> String {
        guard let range = message.range(of: "found ") else { return message }
        let rest = message[range.lowerBound...]
        return String(rest.hasSuffix(" instead.") ? rest.dropLast(" instead.".count) : rest)
    }
}
