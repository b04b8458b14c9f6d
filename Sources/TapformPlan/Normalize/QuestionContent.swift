import TaptalentContract

/// A question's content in normal form: text trimmed and NFC, the default time limit (120 s) filled,
/// an empty ideal answer read as absent.
public struct QuestionContent: Codable, Sendable, Hashable {
    public var text: String
    public var timeLimitSeconds: Int
    public var idealAnswer: String?

    public init(text: String, timeLimitSeconds: Int?, idealAnswer: String?) {
        self.text = TextNormalizer.normalize(text)
        self.timeLimitSeconds = timeLimitSeconds ?? WireLimits.defaultTimeLimitSeconds
        self.idealAnswer = TextNormalizer.normalizeOptional(idealAnswer)
    }

    public init(_ desired: DesiredQuestion) {
        self.init(text: desired.text, timeLimitSeconds: desired.timeLimitSeconds, idealAnswer: desired.idealAnswer)
    }

    public init(_ remote: RemoteQuestion) {
        self.init(text: remote.text, timeLimitSeconds: remote.timeLimitSeconds, idealAnswer: remote.idealAnswer)
    }
}
