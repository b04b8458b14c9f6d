import Foundation

/// Whether a run that changes the account may go ahead: `apply` after showing its plan, `invite` before
/// sending. Either it proceeds, asks a yes/no question on the terminal (going ahead only on yes), or
/// stops with a message, changing nothing.
public enum ConfirmationDecision: Sendable, Hashable {
    case proceed
    /// Ask this question on the terminal; go ahead only on yes (`isYes`).
    case ask(String)
    /// Stop with this message, changing nothing.
    case refuse(String)

    /// The question `apply` asks.
    public static let applyQuestion = "Apply? [y/N] "

    /// `apply` without a saved plan: `--auto-approve` goes ahead, a terminal is asked, no terminal refuses.
    public static func forApply(autoApprove: Bool, interactive: Bool) -> ConfirmationDecision {
        if autoApprove { return .proceed }
        if interactive { return .ask(applyQuestion) }
        return .refuse("no terminal to ask for approval on; nothing was applied. Review the plan and run "
            + "`tapform apply --auto-approve` to apply it without asking (or save it with "
            + "`tapform plan --out FILE` and run `tapform apply FILE`)")
    }

    /// Without a terminal and without `--yes`, at most this many invites are sent.
    public static let unattendedInviteLimit = 5

    /// `invite`: more than a handful of invites needs a person to confirm on a terminal, or `--yes` where
    /// there is none (CI).
    /// - Parameters:
    ///   - toSend: invites the run would send.
    ///   - yes: `--yes` was given.
    ///   - interactive: standard input is a terminal a person can answer on.
    public static func forInvites(
        toSend: Int, assessment: String, environment: String, yes: Bool, interactive: Bool
    ) -> ConfirmationDecision {
        if toSend == 0 || yes { return .proceed }
        let invites = "\(toSend) invite\(toSend == 1 ? "" : "s")"
        if interactive {
            return .ask("Send \(invites) for \"\(assessment)\" in environment \"\(environment)\"? [y/N] ")
        }
        if toSend <= unattendedInviteLimit { return .proceed }
        return .refuse("this run would send \(invites) (more than \(unattendedInviteLimit)) and there is no terminal to "
            + "confirm on; pass --yes to send them, or --dry-run to list them first")
    }

    /// Whether an answer to the question means yes: `y` or `yes`, any case; anything else, or no answer, declines.
    public static func isYes(_ answer: String?) -> Bool {
        guard let answer = answer?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return answer == "y" || answer == "yes"
    }
}
