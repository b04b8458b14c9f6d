/// Whether `apply` (without a saved plan) may go ahead after showing the plan.
public enum Approval: Sendable, Hashable {
    /// `--auto-approve`.
    case approved
    /// Ask "Apply? [y/N]" on the terminal.
    case ask
    /// No terminal to ask on and no `--auto-approve`.
    case refused(String)

    public static let prompt = "Apply? [y/N] "

    public static func decide(autoApprove: Bool, stdinIsTerminal: Bool) -> Approval {
        if autoApprove { return .approved }
        if stdinIsTerminal { return .ask }
        return .refused("no terminal to ask for approval on; nothing was applied. Review the plan and run "
            + "`tapform apply --auto-approve` to apply it without asking (or save it with "
            + "`tapform plan --out FILE` and run `tapform apply FILE`)")
    }

    /// True for `y` or `yes` (any case); anything else, or no answer, declines.
    public static func accepts(_ answer: String?) -> Bool {
        guard let answer else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
