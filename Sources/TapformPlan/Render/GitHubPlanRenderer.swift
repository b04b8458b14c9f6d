import TaptalentContract

/// The plan for GitHub Actions: workflow-command annotations on the files (errors, warnings, and a
/// notice on each changed value, at most 10 of each kind: GitHub shows no more), and the Markdown the
/// caller writes to `$GITHUB_STEP_SUMMARY`.
public enum GitHubPlanRenderer {
    public static let annotationLimit = 10

    public struct Output: Sendable, Hashable {
        /// Workflow commands, one a line, for standard output.
        public var annotations: String
        /// `MarkdownRenderer`'s output.
        public var markdown: String
    }

    public static func render(_ plan: Plan) -> Output {
        var lines: [String] = []
        lines += capped(plan.allErrors.map { ($0.location, $0.message) }, command: "error", kind: "errors")
        lines += capped(plan.allWarnings.map { ($0.location, $0.message) }, command: "warning", kind: "warnings")
        lines += capped(changeNotices(plan), command: "notice", kind: "changes")
        return Output(
            annotations: lines.map { $0 + "\n" }.joined(),
            markdown: MarkdownRenderer.render(plan))
    }

    /// One notice per changed value, at the line that holds the new value.
    private static func changeNotices(_ plan: Plan) -> [(SourceLocation?, String)] {
        var notices: [(SourceLocation?, String)] = []
        for entry in plan.assessments where entry.action != .noChange && entry.action != .blocked {
            let name = "\"\(TextLayout.clip(entry.name, to: 80))\""
            switch entry.action {
            case .create:
                notices.append((entry.location, "\(name) will be created"))
            default:
                for diff in entry.fieldDiffs {
                    notices.append((diff.location ?? entry.location, "\(name): \(describe(diff))"))
                }
                for change in entry.questionChanges {
                    let text = "\"\(TextLayout.clip(change.text, to: 80))\""
                    let what = switch change.kind {
                    case .create: "question \(ChangeSymbols.position(change)) will be added: \(text)"
                    case .delete: "question \(ChangeSymbols.position(change)) will be deleted: \(text)"
                    case .update: "question \(ChangeSymbols.position(change)) will be updated: "
                        + (change.fieldDiffs.map(describe) + [ChangeSymbols.move(change)].compactMap { $0 }).joined(separator: "; ")
                    case .move: "question \(ChangeSymbols.position(change)) will be \(ChangeSymbols.move(change) ?? "moved")"
                    }
                    notices.append((change.location ?? entry.location, "\(name): \(what)"))
                }
            }
        }
        return notices + flowNotices(plan)
    }

    /// A flow's notices: its creation, each changed field, each appended step and changed threshold
    /// (a refused or removed step is an error already).
    private static func flowNotices(_ plan: Plan) -> [(SourceLocation?, String)] {
        var notices: [(SourceLocation?, String)] = []
        for entry in plan.flows where entry.hasChanges {
            let name = "flow \"\(TextLayout.clip(entry.name, to: 80))\""
            if entry.action == .create {
                notices.append((entry.location, "\(name) will be created"))
                continue
            }
            for diff in entry.fieldDiffs {
                notices.append((diff.location ?? entry.location, "\(name): \(describe(diff))"))
            }
            for change in entry.stepChanges where change.kind == .create || change.kind == .update {
                let step = "step [\(change.position)] \"\(TextLayout.clip(change.assessment, to: 80))\""
                let threshold = change.fieldDiffs.first.map { ": \($0.field) \($0.newDisplay ?? ChangeSymbols.none)" } ?? ""
                let what = change.kind == .create
                    ? "\(step) will be appended" + threshold
                    : "\(step): " + change.fieldDiffs.map(describe).joined(separator: "; ")
                notices.append((change.location ?? entry.location, "\(name): \(what)"))
            }
        }
        return notices
    }

    /// `field old → new`, or for a text edited in place `field "…"` with the changed words marked and
    /// a few words of context.
    private static func describe(_ diff: FieldDiff) -> String {
        guard let words = TextChangeLayout.wordDiff(diff) else {
            return "\(diff.field) \(diff.oldDisplay ?? ChangeSymbols.none) → \(diff.newDisplay ?? ChangeSymbols.none)"
        }
        return "\(diff.field) \"" + TextChangeLayout.inline(TextChangeLayout.spans(words, cut: true), style: ANSIStyle(enabled: false)) + "\""
    }

    private static func capped(_ items: [(SourceLocation?, String)], command: String, kind: String) -> [String] {
        guard items.count > annotationLimit else { return items.map { annotation(command, $0.0, $0.1) } }
        let shown = items.prefix(annotationLimit - 1).map { annotation(command, $0.0, $0.1) }
        let rest = items.count - (annotationLimit - 1)
        return shown + [annotation(command, nil, "… and \(rest) more \(kind); see the job summary")]
    }

    /// One workflow command: `::error file=F,line=L,col=C,title=tapform plan::message`.
    public static func annotation(_ command: String, _ location: SourceLocation?, _ message: String) -> String {
        var properties: [String] = []
        if let location {
            properties.append("file=" + escapeProperty(location.file))
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
        }
        properties.append("title=tapform plan")
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// Workflow-command message escaping: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Workflow-command property escaping: as for messages, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escape(text, ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    private static func escape(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
