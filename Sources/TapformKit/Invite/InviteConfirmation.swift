import Foundation

/// Whether a run may send without asking: more than a handful of invites needs a person to confirm on
/// a terminal, or `--yes` where there is none (CI).
public enum InviteConfirmation {
    /// Without a terminal and without `--yes`, at most this many invites are sent.
    public static let unattendedLimit = 5

    public enum Decision: Sendable, Hashable {
        case proceed
        /// Ask this question on the terminal; send only on yes.
        case ask(String)
        /// Stop with this message, sending nothing.
        case refuse(String)
    }

    /// - Parameters:
    ///   - toSend: invites the run would send.
    ///   - yes: `--yes` was given.
    ///   - interactive: standard input is a terminal a person can answer on.
    public static func decide(toSend: Int, assessment: String, environment: String, yes: Bool, interactive: Bool) -> Decision {
        if toSend == 0 || yes { return .proceed }
        let invites = "\(toSend) invite\(toSend == 1 ? "" : "s")"
        if interactive {
            return .ask("Send \(invites) for \"\(assessment)\" in environment \"\(environment)\"? [y/N] ")
        }
        if toSend <= unattendedLimit { return .proceed }
        return .refuse("this run would send \(invites) (more than \(unattendedLimit)) and there is no terminal to "
            + "confirm on; pass --yes to send them, or --dry-run to list them first")
    }

    /// Whether an answer to the question means yes (`y` or `yes`, any case).
    public static func isYes(_ answer: String?) -> Bool {
        guard let answer = answer?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return answer == "y" || answer == "yes"
    }
}
