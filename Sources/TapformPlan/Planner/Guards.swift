/// The destructive-change guards (README, "Guards"): deactivation, and question deletions on an
/// assessment with submissions, need `--allow-destructive`; `protect: true` refuses both always.
enum Guards {
    static func check(
        desired: DesiredAssessment, deactivating: Bool, deletions: Int, submissions: Int, options: PlanOptions
    ) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        if deactivating {
            if desired.protect {
                errors.append(Diagnostic(.error,
                    "refusing to deactivate \"\(desired.name)\": it has protect: true", at: desired.location(of: .status)))
            } else if !options.allowDestructive {
                errors.append(Diagnostic(.error,
                    "deactivating \"\(desired.name)\" needs --allow-destructive", at: desired.location(of: .status)))
            }
        }
        if deletions > 0 {
            let what = deletions == 1 ? "1 question" : "\(deletions) questions"
            if desired.protect {
                errors.append(Diagnostic(.error,
                    "refusing to delete \(what) of \"\(desired.name)\": it has protect: true "
                        + "(edit a question in place to keep it)", at: desired.location(of: .questions)))
            } else if submissions > 0 && !options.allowDestructive {
                errors.append(Diagnostic(.error,
                    "deleting \(what) of \"\(desired.name)\", which has \(submissions) submission"
                        + (submissions == 1 ? "" : "s") + ", needs --allow-destructive",
                    at: desired.location(of: .questions)))
            }
        }
        return errors
    }

    /// `--prune` of a remote assessment no file declares.
    static func checkPrune(_ summary: RemoteAssessmentSummary, options: PlanOptions) -> [Diagnostic] {
        options.allowDestructive ? [] : [Diagnostic(.error,
            "deactivating \"\(summary.name)\" (\(summary.id)), which no file declares, needs --allow-destructive")]
    }
}
