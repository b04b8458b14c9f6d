import TapformSupport

/// Fingerprints of the remote objects a plan read. `apply plan.json` recomputes them from fresh reads
/// and refuses a stale plan when any differs.
public enum RemoteFingerprint {
    /// `<lastUpdatedOn>-<hash>` where the hash covers the id, the normalised settings, the submission
    /// count and every question (id, position, normalised content). Order-insensitive skills are hashed
    /// as listed: a reordering remotely is a change worth re-planning for.
    public static func of(_ remote: RemoteAssessment) -> String {
        var hash = StableHash()
        hash.add(remote.id)
        add(AssessmentSettings(remote), to: &hash)
        hash.add(remote.submissionCount)
        let questions = remote.orderedQuestions
        hash.add(questions.count)
        for (position, question) in questions.enumerated() {
            let content = QuestionContent(question)
            hash.add(question.id)
            hash.add(position)
            hash.add(content.text)
            hash.add(content.timeLimitSeconds)
            hash.add(content.idealAnswer)
        }
        return "\(remote.lastUpdatedOn ?? 0)-\(hash.hex)"
    }

    /// For an assessment read only from the list (a `--prune` candidate): `<lastUpdatedOn>-<hash>` of
    /// its id, name, status and counts.
    public static func of(_ summary: RemoteAssessmentSummary) -> String {
        var hash = StableHash()
        hash.add(summary.id)
        hash.add(TextNormalizer.normalize(summary.name))
        hash.add(summary.status.rawValue)
        hash.add(summary.questionCount)
        hash.add(summary.submissionCount)
        return "\(summary.lastUpdatedOn ?? 0)-\(hash.hex)"
    }

    /// What identity resolution depended on: every remote id with its normalised name, in id order. A new
    /// assessment named like a file, or a rename, changes it; edits to settings do not.
    public static func identity(of summaries: [RemoteAssessmentSummary]) -> String {
        var hash = StableHash()
        let sorted = summaries.sorted { $0.id < $1.id }
        hash.add(sorted.count)
        for summary in sorted {
            hash.add(summary.id)
            hash.add(TextNormalizer.normalize(summary.name))
        }
        return hash.hex
    }

    /// Each setting in table order, hashed as `StableHash` hashes its type: a required text as a text, an
    /// optional one with its presence marked, a list with its count first.
    private static func add(_ settings: AssessmentSettings, to hash: inout StableHash) {
        for setting in AssessmentSetting.allCases {
            switch settings[setting] {
            case .text(let text): if setting.isOptional { hash.add(text) } else { hash.add(text ?? "") }
            case .number(let number): hash.add(number)
            case .list(let items):
                hash.add(items.count)
                for item in items { hash.add(item) }
            case .flag(let flag): hash.add(flag)
            case .status(let status): hash.add(status.rawValue)
            }
        }
    }
}
