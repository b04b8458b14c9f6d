/// The plan as Markdown for a pull-request comment or a job summary: the summary line, errors and
/// warnings, then one collapsed `<details>` per changed assessment, then notes. It stays under
/// `maxLength` UTF-16 units (GitHub's unit) by leaving out whole assessments, saying how many.
/// User text is never put in code spans (where escapes do not apply); it is escaped everywhere.
/// Errors and warnings take at most a sixth of `maxLength` each and the notes a twelfth each, so the
/// cap holds whatever the input.
public enum MarkdownRenderer {
    public static let defaultMaxLength = 60_000
    static let textLimit = 160
    static let listLimit = 20

    public static func render(_ plan: Plan, maxLength: Int = defaultMaxLength) -> String {
        var head = "### tapform plan\n\n" + plan.verdictLines.map { "**\(MarkdownEscaping.inline($0, limit: 400))**\n\n" }.joined()
        let errors = plan.allErrors
        if !errors.isEmpty {
            head += capped(errors.map(diagnostic), more: "errors", budget: maxLength / 6) + "\n"
        }
        let warnings = plan.allWarnings
        if !warnings.isEmpty {
            head += "**Warnings**\n\n" + capped(warnings.map(diagnostic), more: "warnings", budget: maxLength / 6) + "\n"
        }
        let tail = notes(plan, budget: maxLength / 12)

        let shown = plan.assessments.filter { $0.action != .noChange }
        var body = ""
        var used = head.utf16Length + tail.utf16Length
        for (index, entry) in shown.enumerated() {
            let section = section(entry)
            let remaining = shown.count - index - 1
            let reserve = remaining > 0 ? omission(remaining).utf16Length : 0
            if used + section.utf16Length + reserve >= maxLength {
                body += omission(shown.count - index)
                break
            }
            body += section
            used += section.utf16Length
        }
        for entry in plan.flows where entry.action != .noChange {
            let section = flowSection(entry)
            guard used + section.utf16Length < maxLength else { break }
            body += section
            used += section.utf16Length
        }
        return head + body + tail
    }

    private static func omission(_ count: Int) -> String {
        "\n… \(count) more assessment\(count == 1 ? "" : "s") not shown (run `tapform plan` for all).\n\n"
    }

    private static func section(_ entry: AssessmentPlan) -> String {
        var counts: [String] = []
        if !entry.fieldDiffs.isEmpty && entry.action != .create {
            counts.append(plural(entry.fieldDiffs.count, "field change"))
        }
        if !entry.questionChanges.isEmpty {
            counts.append(plural(entry.questionChanges.count, entry.action == .create ? "question" : "question change"))
        }
        var text = "<details>\n<summary><code>\(ChangeSymbols.symbol(entry.action))</code> "
            + "\(ChangeSymbols.word(entry.action)) <b>\(MarkdownEscaping.inline(entry.name, limit: textLimit))</b>"
            + (counts.isEmpty ? "" : " · " + counts.joined(separator: ", ")) + "</summary>\n\n"
        let place = [
            entry.filePath.map { "file " + MarkdownEscaping.inline($0, limit: textLimit) },
            entry.remoteId.map { "id " + MarkdownEscaping.inline($0, limit: textLimit) },
        ].compactMap { $0 }
        if !place.isEmpty { text += place.joined(separator: " · ") + "\n\n" }
        if let old = entry.renamedFrom { text += "Renamed from **\(MarkdownEscaping.inline(old, limit: textLimit))**\n\n" }
        // Its errors are listed once, at the top, where they are seen without opening the section.
        if !entry.errors.isEmpty { text += "Blocked: see the errors above.\n\n" }

        if !entry.fieldDiffs.isEmpty && entry.action == .create {
            text += "| field | value |\n|---|---|\n"
            for diff in entry.fieldDiffs { text += "| \(diff.field) | \(cell(diff.newDisplay)) |\n" }
            text += "\n"
        } else if !entry.fieldDiffs.isEmpty {
            text += "| field | old | new |\n|---|---|---|\n"
            for diff in entry.fieldDiffs {
                text += "| \(diff.field) | \(cell(diff.oldDisplay)) | \(cell(diff.newDisplay)) |\n"
            }
            text += "\n"
        }
        if entry.action == .create && entry.steps.contains(where: { $0.kind == .autoGenerate }) {
            text += "Questions: \(entry.generateCount.map(String.init) ?? "the default number") generated on creation.\n\n"
        }
        if !entry.questionChanges.isEmpty {
            text += "| | # | question | change |\n|---|---|---|---|\n"
            for change in entry.questionChanges {
                var question = MarkdownEscaping.inline(change.text, limit: textLimit)
                var detail: [String] = []
                for diff in change.fieldDiffs {
                    if let words = TextChangeLayout.wordDiff(diff) {
                        // An edited text in full, its changes marked; in the question column for the text.
                        if diff.field == QuestionKey.text.rawValue {
                            question = TextChangeLayout.markdown(words)
                            detail.append("text edited")
                        } else {
                            detail.append("\(diff.field): \(TextChangeLayout.markdown(words))")
                        }
                    } else {
                        detail.append("\(diff.field): \(cell(diff.oldDisplay)) → \(cell(diff.newDisplay))")
                    }
                }
                if let move = ChangeSymbols.move(change) { detail.append(move) }
                if change.kind == .create { detail.append("added") }
                if change.kind == .delete { detail.append("deleted") }
                text += "| \(ChangeSymbols.symbol(change.kind)) | \(change.to ?? change.from ?? 0) | "
                    + "\(question) | \(detail.joined(separator: "<br>")) |\n"
            }
            text += "\n"
        }
        return text + "</details>\n\n"
    }

    /// A flow: its field changes and its step changes (`+` appended, `~` threshold, `-` removed, `!` refused).
    private static func flowSection(_ entry: FlowPlan) -> String {
        var text = "<details>\n<summary><code>\(ChangeSymbols.symbol(entry.action))</code> "
            + "\(ChangeSymbols.word(entry.action)) flow <b>\(MarkdownEscaping.inline(entry.name, limit: textLimit))</b> · "
            + plural(entry.stepChanges.count, "step change") + "</summary>\n\n"
        text += "file " + MarkdownEscaping.inline(entry.filePath, limit: textLimit)
            + (entry.remoteId.map { " · id " + MarkdownEscaping.inline($0, limit: textLimit) } ?? "") + "\n\n"
        for error in entry.errors { text += "**Error:** \(MarkdownEscaping.inline(error.message, limit: 400))\n\n" }
        if !entry.fieldDiffs.isEmpty {
            text += "| field | old | new |\n|---|---|---|\n"
            for diff in entry.fieldDiffs { text += "| \(diff.field) | \(cell(diff.oldDisplay)) | \(cell(diff.newDisplay)) |\n" }
            text += "\n"
        }
        if !entry.stepChanges.isEmpty {
            text += "| | # | assessment | change |\n|---|---|---|---|\n"
            for change in entry.stepChanges {
                let detail = change.fieldDiffs.map { "\($0.field): \(cell($0.oldDisplay)) → \(cell($0.newDisplay))" }.joined(separator: "<br>")
                text += "| \(ChangeSymbols.flowStep(change.kind).0) | \(change.position) | "
                    + "\(MarkdownEscaping.inline(change.assessment, limit: textLimit)) | \(detail) |\n"
            }
            text += "\n"
        }
        return text + "</details>\n\n"
    }

    private static func notes(_ plan: Plan, budget: Int) -> String {
        var text = ""
        let generated = plan.assessments.filter { !$0.generatedNotInFile.isEmpty }
        if !generated.isEmpty {
            text += "**Generated, not in file**\n\n" + capped(generated.map {
                "**\(MarkdownEscaping.inline($0.name, limit: textLimit))**: \($0.generatedNotInFile.count) questions"
            }, more: "assessments", budget: budget) + "\n"
        }
        if !plan.unmanaged.isEmpty {
            text += "**Not managed here** (left untouched)\n\n" + capped(plan.unmanaged.map {
                "\(MarkdownEscaping.inline($0.name, limit: textLimit)) (\(MarkdownEscaping.inline($0.id, limit: textLimit)), \($0.status.rawValue))"
            }, more: "assessments", budget: budget) + "\n"
        }
        return text
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { MarkdownEscaping.inline($0.description, limit: textLimit) + ": " } ?? ""
        return place + MarkdownEscaping.inline(diagnostic.message, limit: 400)
    }

    private static func cell(_ value: String?) -> String {
        value.map { MarkdownEscaping.inline($0, limit: textLimit) } ?? ChangeSymbols.none
    }

    /// A bullet list of at most `listLimit` items and about `budget` UTF-16 units, then how many more.
    private static func capped(_ items: [String], more: String, budget: Int) -> String {
        var lines: [String] = []
        var used = 0
        for item in items.prefix(listLimit) {
            let line = "- " + item
            if used + line.utf16Length > budget { break }
            lines.append(line)
            used += line.utf16Length + 1
        }
        if items.count > lines.count { lines.append("- … \(items.count - lines.count) more \(more)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
