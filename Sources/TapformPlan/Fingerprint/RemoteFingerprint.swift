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

    private static func add(_ settings: AssessmentSettings, to hash: inout StableHash) {
        hash.add(settings.name)
        hash.add(settings.role)
        hash.add(settings.purpose)
        hash.add(settings.durationMinutes)
        hash.add(settings.language)
        hash.add(settings.skills.count)
        for skill in settings.skills { hash.add(skill) }
        hash.add(settings.job)
        hash.add(settings.emailVerification)
        hash.add(settings.evaluateCEFR)
        hash.add(settings.status.rawValue)
    }
}
