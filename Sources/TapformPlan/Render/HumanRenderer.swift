/// The Terraform-like plan for a terminal or a log. Colour codes only when `color` is true.
public enum HumanRenderer {
    /// Longest question text or field value shown, in characters.
    static let textLimit = 100

    public static func render(_ plan: Plan, color: Bool = false) -> String {
        let style = ANSIStyle(enabled: color)
        var lines: [String] = []
        let shown = plan.assessments.filter { $0.action != .noChange }
        if !shown.isEmpty {
            lines.append("tapform will perform the following actions:")
            lines.append("")
        }
        for entry in shown {
            lines += section(entry, style)
            lines.append("")
        }

        let notes = noteLines(plan)
        if !notes.isEmpty {
            lines.append("Notes:")
            lines += notes.map { "  " + style.paint("# " + $0, .dim) }
            lines.append("")
        }
        let warnings = plan.allWarnings
        if !warnings.isEmpty {
            lines.append("Warnings:")
            lines += warnings.map { "  " + style.paint("warning:", .yellow) + " " + TextLayout.singleLine($0.description) }
            lines.append("")
        }
        lines.append(style.paint(plan.summary.line, .bold))
        let errorCount = plan.allErrors.count
        if errorCount > 0 {
            let blocked = plan.summary.blocked
            lines.append(style.paint(
                "Error: the plan has \(errorCount) error\(errorCount == 1 ? "" : "s") (\(blocked) assessment"
                    + "\(blocked == 1 ? "" : "s") blocked) and cannot be applied.", .red))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ entry: AssessmentPlan, _ style: ANSIStyle) -> [String] {
        let color = actionColor(entry.action)
        var where_ = [entry.remoteId, entry.filePath].compactMap { $0 }.joined(separator: ", ")
        if !where_.isEmpty { where_ = "  (\(where_))" }
        var lines = ["  " + style.paint("\(ChangeSymbols.symbol(entry.action)) \(ChangeSymbols.word(entry.action))", color)
            + " " + style.paint(quoted(entry.name), .bold) + where_]
        if let old = entry.renamedFrom { lines.append("      renamed from \(quoted(old))") }

        for diff in entry.fieldDiffs {
            let new = value(diff.new)
            if entry.action == .create {
                lines.append("      \(diff.field): \(new)")
            } else {
                lines.append("      " + style.paint("~", .yellow) + " \(diff.field): \(value(diff.old)) → \(new)")
            }
        }
        if entry.action == .create && entry.steps.contains(where: { $0.kind == .autoGenerate }) {
            let count = entry.generateCount.map(String.init) ?? "the default number of"
            lines.append("      questions: \(count) generated on creation")
        }
        for change in entry.questionChanges {
            let symbol = ChangeSymbols.symbol(change.kind)
            var line = "      " + style.paint(symbol, questionColor(change.kind)) + " \(ChangeSymbols.position(change)) "
                + quoted(change.text)
            if let move = ChangeSymbols.move(change) {
                line += "  " + style.paint(change.kind == .move ? move : "↕ " + move, .cyan)
            }
            lines.append(line)
            for diff in change.fieldDiffs {
                lines.append("            \(diff.field): \(value(diff.old)) → \(value(diff.new))")
            }
        }
        for error in entry.errors {
            lines.append("      " + style.paint("error:", .red) + " " + TextLayout.singleLine(error.description))
        }
        return lines
    }

    private static func noteLines(_ plan: Plan) -> [String] {
        var notes: [String] = []
        for entry in plan.assessments where !entry.generatedNotInFile.isEmpty {
            notes.append("\(quoted(entry.name)): \(entry.generatedNotInFile.count) generated, not in file")
            notes += entry.generatedNotInFile.enumerated().map { "    [\($0.offset + 1)] \(quoted($0.element))" }
        }
        for remote in plan.unmanaged {
            notes.append("not managed here: \(quoted(remote.name))  (\(remote.id), \(remote.status.rawValue))")
        }
        return notes
    }

    private static func quoted(_ text: String) -> String {
        "\"" + TextLayout.clip(text, to: textLimit) + "\""
    }

    /// A field value; a quoted string is cut inside its quotes, so a long text still reads as one.
    private static func value(_ display: String?) -> String {
        guard let display else { return ChangeSymbols.none }
        if display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\"") {
            return quoted(String(display.dropFirst().dropLast()))
        }
        return TextLayout.clip(display, to: textLimit)
    }

    private static func actionColor(_ action: PlanAction) -> ANSIStyle.Color {
        switch action {
        case .create: .green
        case .update: .yellow
        case .deactivate, .blocked: .red
        case .noChange: .dim
        }
    }

    private static func questionColor(_ kind: QuestionChange.Kind) -> ANSIStyle.Color {
        switch kind {
        case .create: .green
        case .delete: .red
        case .update: .yellow
        case .move: .cyan
        }
    }
}
