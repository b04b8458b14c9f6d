/// The Terraform-like plan for a terminal or a log. Colour codes only when `color` is true. Lines fit
/// `width` columns: long texts are cut, and a changed text shows as a word diff (`TextChangeLayout`),
/// whole when it fits, else cut to the words around each change and wrapped.
public enum HumanPlanRenderer {
    /// The width when the caller knows none (not a terminal, no `COLUMNS`).
    public static let defaultWidth = 120
    /// The narrowest layout: below it lines overflow rather than lose their text.
    static let minimumWidth = 60

    public static func render(_ plan: Plan, color: Bool = false, width: Int = defaultWidth) -> String {
        let style = ANSIStyle(enabled: color)
        let layout = Layout(width: max(width, minimumWidth))
        var lines: [String] = []
        let shown = plan.assessments.filter { $0.action != .noChange }
        let shownFlows = plan.flows.filter { $0.action != .noChange }
        if !shown.isEmpty || !shownFlows.isEmpty {
            let onlyBlocked = shown.allSatisfy { $0.action == .blocked } && shownFlows.allSatisfy { $0.action == .blocked }
            lines.append(onlyBlocked ? "tapform cannot plan the following:" : "tapform will perform the following actions:")
            lines.append("")
        }
        for entry in shown {
            lines += section(entry, style, layout)
            lines.append("")
        }
        for entry in shownFlows {
            lines += flowSection(entry, style, layout)
            lines.append("")
        }

        let notes = noteLines(plan, layout)
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
        for line in plan.verdictLines {
            lines.append(style.paint(line, line.hasPrefix("Error: ") ? .red : .bold))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Widths derived from the terminal's.
    private struct Layout {
        var width: Int
        /// Longest question text or field value shown, in characters (100 at the default width).
        var textLimit: Int { width - 20 }
    }

    private static func section(_ entry: AssessmentPlan, _ style: ANSIStyle, _ layout: Layout) -> [String] {
        var lines = header(entry.action, what: "", name: entry.name, remoteId: entry.remoteId, filePath: entry.filePath,
                           renamedFrom: entry.renamedFrom, fieldDiffs: entry.fieldDiffs, style, layout)
        if entry.action == .create && entry.steps.contains(where: { $0.kind == .autoGenerate }) {
            let count = entry.generateCount.map(String.init) ?? "the default number of"
            lines.append("      questions: \(count) generated on creation")
        }
        for change in entry.questionChanges {
            let symbol = ChangeSymbols.symbol(change.kind)
            var line = "      " + style.paint(symbol, questionColor(change.kind)) + " \(ChangeSymbols.position(change)) "
                + quoted(change.text, layout)
            if let move = ChangeSymbols.move(change) {
                line += "  " + style.paint(change.kind == .move ? move : "↕ " + move, .cyan)
            }
            lines.append(line)
            for diff in change.fieldDiffs {
                lines += fieldChange(diff, lead: "            ", leadWidth: 12, style, layout)
            }
        }
        for error in entry.errors {
            lines.append("      " + style.paint("error:", .red) + " " + TextLayout.singleLine(error.description))
        }
        return lines
    }

    /// A flow: its fields, then its steps like questions (`+` appended, `~` threshold, `-` removed, `!`
    /// a change the API refuses on an existing flow).
    private static func flowSection(_ entry: FlowPlan, _ style: ANSIStyle, _ layout: Layout) -> [String] {
        var lines = header(entry.action, what: " flow", name: entry.name, remoteId: entry.remoteId, filePath: entry.filePath,
                           renamedFrom: entry.renamedFrom, fieldDiffs: entry.fieldDiffs, style, layout)
        for change in entry.stepChanges {
            let (symbol, color) = ChangeSymbols.flowStep(change.kind)
            var line = "      " + style.paint(symbol, color) + " step [\(change.position)] " + quoted(change.assessment, layout)
            if change.fieldDiffs.count == 1, let diff = change.fieldDiffs.first {
                line += diff.old == nil ? "  \(diff.field): \(diff.newDisplay ?? ChangeSymbols.none)"
                    : "  \(diff.field): \(diff.oldDisplay ?? ChangeSymbols.none) → \(diff.newDisplay ?? ChangeSymbols.none)"
            }
            lines.append(line)
        }
        for error in entry.errors {
            lines.append("      " + style.paint("error:", .red) + " " + TextLayout.singleLine(error.description))
        }
        return lines
    }

    /// `+ create "Name"  (id, file)`, the old name of a rename, and the changed fields (all of a create).
    private static func header(
        _ action: PlanAction, what: String, name: String, remoteId: String?, filePath: String?, renamedFrom: String?,
        fieldDiffs: [FieldDiff], _ style: ANSIStyle, _ layout: Layout
    ) -> [String] {
        var where_ = [remoteId, filePath].compactMap { $0 }.joined(separator: ", ")
        if !where_.isEmpty { where_ = "  (\(where_))" }
        var lines = ["  " + style.paint("\(ChangeSymbols.symbol(action)) \(ChangeSymbols.word(action))\(what)", actionColor(action))
            + " " + style.paint(quoted(name, layout), .bold) + where_]
        if let old = renamedFrom { lines.append("      renamed from \(quoted(old, layout))") }
        for diff in fieldDiffs {
            if action == .create {
                lines.append("      \(diff.field): \(value(diff.newDisplay, layout))")
            } else {
                lines += fieldChange(diff, lead: "      " + style.paint("~", .yellow) + " ", leadWidth: 8, style, layout)
            }
        }
        return lines
    }

    /// `field: old → new`, or for a text edited in place `field: "…"` with the changed words marked,
    /// wrapped to the width.
    private static func fieldChange(
        _ diff: FieldDiff, lead: String, leadWidth: Int, _ style: ANSIStyle, _ layout: Layout
    ) -> [String] {
        guard let words = TextChangeLayout.wordDiff(diff) else {
            return [lead + "\(diff.field): \(value(diff.oldDisplay, layout)) → \(value(diff.newDisplay, layout))"]
        }
        let label = "\(diff.field): "
        let firstWidth = layout.width - leadWidth - label.count
        let quote = TextChangeLayout.Span(text: "\"", role: .same)
        var spans = [quote] + TextChangeLayout.spans(words, cut: false) + [quote]
        if TextLayout.displayWidth(TextChangeLayout.inline(spans, style: ANSIStyle(enabled: false))) > firstWidth {
            spans = [quote] + TextChangeLayout.spans(words, cut: true) + [quote]
        }
        let indent = leadWidth + label.count + 1
        let lines = TextChangeLayout.wrapped(spans, style: style, firstLineWidth: firstWidth, otherLineWidth: layout.width - indent)
        return lines.enumerated().map { index, line in
            index == 0 ? lead + label + line : String(repeating: " ", count: indent) + line
        }
    }

    private static func noteLines(_ plan: Plan, _ layout: Layout) -> [String] {
        var notes: [String] = []
        for entry in plan.assessments where !entry.generatedNotInFile.isEmpty {
            notes.append("\(quoted(entry.name, layout)): \(entry.generatedNotInFile.count) generated, not in file")
            notes += entry.generatedNotInFile.enumerated().map { "    [\($0.offset + 1)] \(quoted($0.element, layout))" }
        }
        for remote in plan.unmanaged {
            notes.append("not managed here: \(quoted(remote.name, layout))  (\(remote.id), \(remote.status.rawValue))")
        }
        return notes
    }

    private static func quoted(_ text: String, _ layout: Layout) -> String {
        "\"" + TextLayout.clip(text, toColumns: layout.textLimit) + "\""
    }

    /// A field value; a quoted string is cut inside its quotes, so a long text still reads as one.
    private static func value(_ display: String?, _ layout: Layout) -> String {
        guard let display else { return ChangeSymbols.none }
        if let text = DisplayValue.unquoted(display) { return quoted(text, layout) }
        return TextLayout.clip(display, toColumns: layout.textLimit)
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
