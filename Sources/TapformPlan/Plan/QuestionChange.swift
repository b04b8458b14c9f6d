import TaptalentContract

/// One question's change in a plan, as shown to a reader (`+`, `-`, `~`, `↕`).
public struct QuestionChange: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case create, delete, update, move
    }

    public var kind: Kind
    /// The question's text: the new one, or for a delete the remote one.
    public var text: String
    /// 1-based position in the remote list; `nil` for a create.
    public var from: Int?
    /// 1-based position in the file; `nil` for a delete.
    public var to: Int?
    /// True when the question is moved by an explicit step (an update may move too).
    public var moved: Bool
    /// For updates: the changed fields.
    public var fieldDiffs: [FieldDiff]
    public var remoteId: String?
    public var location: SourceLocation?

    public init(
        kind: Kind, text: String, from: Int?, to: Int?, moved: Bool = false, fieldDiffs: [FieldDiff] = [],
        remoteId: String? = nil, location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.text = text
        self.from = from
        self.to = to
        self.moved = moved
        self.fieldDiffs = fieldDiffs
        self.remoteId = remoteId
        self.location = location
    }
}
