/// How a plan ends, in every format: the summary line, then what is blocked. A plan with blocked
/// assessments says so once, naming them; it never claims that the account matches the files.
extension Plan {
    /// Blocked assessments named in `blockedLine` before "and N more".
    static let blockedNamesShown = 3

    /// `"Protected Screen" is blocked by 1 error; nothing can be applied until it is fixed: fix the files and
    /// run plan again.`, or nil when nothing is blocked. The errors themselves are listed with their
    /// assessments.
    public var blockedLine: String? {
        let quoted = { (name: String) in "\"\(TextLayout.clip(name, to: 80))\"" }
        let blockedFlows = flows.filter { $0.action == .blocked || !$0.errors.isEmpty }
        let blocked = assessments.filter { $0.action == .blocked || !$0.errors.isEmpty }.map { quoted($0.name) }
            + blockedFlows.map { "flow " + quoted($0.name) }
        guard !blocked.isEmpty else { return nil }
        let errors = allErrors.count
        var names = blocked.prefix(Self.blockedNamesShown).joined(separator: ", ")
        if blocked.count > Self.blockedNamesShown { names += " and \(blocked.count - Self.blockedNamesShown) more" }
        let kinds = blockedFlows.isEmpty ? "assessments" : "assessments and flows"
        let what = blocked.count == 1 ? "\(names) is blocked" : "\(blocked.count) \(kinds) are blocked (\(names))"
        return "\(what) by \(errors) error\(errors == 1 ? "" : "s"); nothing can be applied until "
            + "\(errors == 1 ? "it is" : "they are") fixed: fix the files and run plan again."
    }

    /// The closing lines: the summary (left out when only blocked assessments would change, since
    /// "No changes" would not be true), then `blockedLine` prefixed with `Error: `.
    public var verdictLines: [String] {
        guard let blockedLine else { return [summary.line] }
        return (hasChanges ? [summary.line] : []) + ["Error: " + blockedLine]
    }
}
