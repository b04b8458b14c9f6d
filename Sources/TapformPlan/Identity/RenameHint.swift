import TaptalentContract

/// "did you rename X?": a file whose assessment would be created while an assessment no file declares
/// looks like its earlier self. Renaming `name:` without `renamedFrom` creates a second assessment and
/// leaves the first one behind (the API cannot delete it), so the plan says so at the file's name line.
///
/// A create and a remote assessment are alike when the remote one is active, no file declares it, and
///  - their names share most words: the word-set similarity of the two names (the rule that pairs edited
///    questions, `TextSimilarity`) is at least 0.6, e.g. "Backend Screen" and "Senior Backend Screen"; or
///  - most questions are the same: at least 60% of the longer of the two lists pair up one to one with a
///    question of the other that is identical or similar (the same rule). The remote list has no
///    questions, so this needs the remote assessment read: only the remote assessments in tapform.yaml's
///    `manage:` scope are read for it (they belong to this repository), at most `fetchLimit`, and only
///    when the plan creates an assessment with questions.
/// The most alike remote assessment is named; the hint is a warning and changes nothing in the plan.
public enum RenameHint {
    public static let threshold = TextSimilarity.threshold
    /// Remote assessments read to compare questions, at most, per plan.
    public static let fetchLimit = 10

    /// The ids worth reading to compare questions: active, in the `manage:` scope, not already alike by
    /// name to a create; none when no create has questions.
    public static func idsToFetch(
        creates: [DesiredAssessment], unmanaged: [RemoteAssessmentSummary], manageScope: Set<String>
    ) -> [String] {
        guard creates.contains(where: { !($0.questions ?? []).isEmpty }) else { return [] }
        return unmanaged
            .filter { $0.status == .active && manageScope.contains($0.id) && $0.questionCount > 0 }
            .filter { remote in !creates.contains { nameSimilarity($0.name, remote.name) >= threshold } }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .prefix(fetchLimit).map(\.id)
    }

    /// The warning for a file about to be created, when an unmanaged remote assessment is alike.
    /// - Parameter read: unmanaged assessments read with their questions (see `idsToFetch`), by id.
    static func hint(
        for desired: DesiredAssessment, unmanaged: [RemoteAssessmentSummary], read: [String: RemoteAssessment]
    ) -> Diagnostic? {
        var best: (score: Double, remote: RemoteAssessmentSummary, reason: String)?
        for remote in unmanaged where remote.status == .active {
            var score = 0.0, reasons: [String] = []
            let names = nameSimilarity(desired.name, remote.name)
            if names >= threshold {
                score = names
                reasons.append("the names share \(Int((names * 100).rounded()))% of their words")
            }
            if let questions = desired.questions, let remoteQuestions = read[remote.id]?.orderedQuestions {
                let paired = pairs(questions.map { QuestionContent($0).text }, remoteQuestions.map { QuestionContent($0).text })
                let longer = max(questions.count, remoteQuestions.count)
                let share = longer == 0 ? 0 : Double(paired) / Double(longer)
                if paired > 0 && share >= threshold {
                    score = max(score, share)
                    reasons.append("\(paired) of \(longer) questions are alike")
                }
            }
            guard !reasons.isEmpty else { continue }
            if best == nil || score > best!.score { best = (score, remote, reasons.joined(separator: ", ")) }
        }
        guard let best else { return nil }
        let old = DisplayValue.quoted(best.remote.name)
        return Diagnostic(.warning,
            "did you rename \(old)? add renamedFrom: [\(old)] to update it (\(best.remote.id), which no file declares; "
                + "\(best.reason)) instead of creating a second assessment beside it",
            at: desired.location(of: .name))
    }

    static func nameSimilarity(_ lhs: String, _ rhs: String) -> Double {
        TextSimilarity.jaccard(
            TextSimilarity.words(of: TextNormalizer.normalize(lhs)), TextSimilarity.words(of: TextNormalizer.normalize(rhs)))
    }

    /// How many questions of `lhs` pair one to one with an identical or similar question of `rhs`
    /// (identical ones first, then greedily by similarity).
    static func pairs(_ lhs: [String], _ rhs: [String]) -> Int {
        var free = Array(rhs.indices)
        var unpaired: [String] = []
        var count = 0
        for text in lhs {
            if let index = free.firstIndex(where: { rhs[$0] == text }) {
                free.remove(at: index)
                count += 1
            } else {
                unpaired.append(text)
            }
        }
        let freeWords = free.map { TextSimilarity.words(of: rhs[$0]) }
        var taken = Set<Int>()
        for text in unpaired {
            let words = TextSimilarity.words(of: text)
            let scored = freeWords.indices.filter { !taken.contains($0) }
                .map { ($0, TextSimilarity.jaccard(words, freeWords[$0])) }
                .filter { $0.1 >= threshold }
            if let match = scored.max(by: { $0.1 < $1.1 }) {
                taken.insert(match.0)
                count += 1
            }
        }
        return count
    }
}
