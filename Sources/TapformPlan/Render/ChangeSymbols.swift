/// The symbols and words of each action and question change, shared by the renderers.
enum ChangeSymbols {
    static func symbol(_ action: PlanAction) -> String {
        switch action {
        case .create: "+"
        case .update: "~"
        case .deactivate: "-"
        case .noChange: "="
        case .blocked: "x"
        }
    }

    static func word(_ action: PlanAction) -> String {
        switch action {
        case .create: "create"
        case .update: "update"
        case .deactivate: "deactivate"
        case .noChange: "no changes"
        case .blocked: "blocked"
        }
    }

    static func symbol(_ kind: QuestionChange.Kind) -> String {
        switch kind {
        case .create: "+"
        case .delete: "-"
        case .update: "~"
        case .move: "↕"
        }
    }

    /// `[n]`: the position in the file, or for a delete the remote position.
    static func position(_ change: QuestionChange) -> String {
        "[\(change.to ?? change.from ?? 0)]"
    }

    /// `moved 2 → 5`, for a moved question; `reordered, stays at 5` when the questions around it move
    /// but its own position does not change.
    static func move(_ change: QuestionChange) -> String? {
        guard change.moved, let from = change.from, let to = change.to else { return nil }
        return from == to ? "reordered, stays at \(to)" : "moved \(from) → \(to)"
    }

    /// A flow step's change: `+` appended, `~` threshold changed, `-` removed, `!` refused.
    static func flowStep(_ kind: FlowStepChange.Kind) -> (String, ANSIStyle.Color) {
        switch kind {
        case .create: ("+", .green)
        case .update: ("~", .yellow)
        case .delete: ("-", .red)
        case .refused: ("!", .red)
        }
    }

    /// The absent value of a field.
    static let none = "(none)"
}
