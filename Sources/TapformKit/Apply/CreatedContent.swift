import TapformPlan

/// Whether a remote assessment is the one a create step would have made: used to adopt an assessment
/// found after a create's answer was lost.
enum CreatedContent {
    /// Settings equal in normal form (skills as a set); for an inline create also the questions, in order.
    static func matches(_ remote: RemoteAssessment, settings: AssessmentSettings, questions: [QuestionContent]?) -> Bool {
        var found = AssessmentSettings(remote)
        var wanted = settings
        guard AssessmentSettings.sameSkills(found.skills, wanted.skills) else { return false }
        found.skills = []
        wanted.skills = []
        guard found == wanted else { return false }
        guard let questions else { return true }
        return remote.orderedQuestions.map(QuestionContent.init) == questions
    }
}
