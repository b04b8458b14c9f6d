import Foundation
import TapformPlan

/// The pure diff engine on 10,000 assessments x 20 questions (target: under 2 s), with every fifth
/// assessment edited (a reworded question, a reorder, a changed setting) so the matcher does real work.
enum DiffBench {
    static func run(_ options: BenchOptions, report: BenchReport) throws {
        let count = options.diffAssessments, questions = options.diffQuestions
        report.section("diff engine: \(count) assessments x \(questions) questions")
        var desired: [DesiredAssessment] = []
        var summaries: [RemoteAssessmentSummary] = []
        var fetched: [String: RemoteAssessment] = [:]
        desired.reserveCapacity(count)
        for index in 0..<count {
            let texts = (0..<questions).map { "Assessment \(index) question \($0): describe how you would handle case \($0) in production." }
            var wanted = texts
            if index % 5 == 0 {
                wanted.swapAt(0, questions - 1)
                wanted[questions / 2] += " Include the trade-offs."
            }
            desired.append(DesiredAssessment(
                name: "Assessment \(index)", role: "Engineer", durationMinutes: index % 5 == 0 ? 30 : 20,
                questions: wanted.map { DesiredQuestion(text: $0) }, filePath: "assessments/a\(index).yaml"))
            let id = "id\(index)"
            summaries.append(RemoteAssessmentSummary(id: id, name: "Assessment \(index)", questionCount: questions))
            fetched[id] = RemoteAssessment(
                id: id, name: "Assessment \(index)", role: "Engineer", durationMinutes: 20,
                questions: texts.enumerated().map { RemoteQuestion(id: "\(id)q\($0.offset)", text: $0.element, timeLimitSeconds: 120, order: $0.offset + 1) })
        }
        let (plan, elapsed) = measure {
            let resolution = IdentityResolver.resolve(desired: desired, remote: summaries)
            return Planner.plan(resolution, fetched: fetched)
        }
        report.line("assessments to update", "\(plan.summary.toUpdate)")
        report.line("wall time (target < 2 s)", "\(format(elapsed, 3)) s")

        let many = 200
        let big = (0..<many).map { DesiredQuestion(text: "Long list question \($0) about distributed systems and their failure modes") }
        let remoteBig = big.reversed().enumerated().map { RemoteQuestion(id: "q\($0.offset)", text: $0.element.text, timeLimitSeconds: 120, order: $0.offset + 1) }
        let (_, bigElapsed) = measure {
            Planner.plan(
                IdentityResolver.resolve(
                    desired: [DesiredAssessment(name: "Big", role: "Engineer", questions: big, filePath: "big.yaml")],
                    remote: [RemoteAssessmentSummary(id: "big", name: "Big", questionCount: many)]),
                fetched: ["big": RemoteAssessment(id: "big", name: "Big", role: "Engineer", questions: remoteBig)])
        }
        report.line("one assessment, \(many) questions reversed", "\(format(bigElapsed * 1000, 1)) ms")

        // Word diffs in the human plan: 50 questions of 1,000 characters, each edited in three places.
        let sentence = "Explain how you would migrate a large PostgreSQL table without downtime, step by step. "
        let longTexts = (0..<50).map { String((String($0) + " " + String(repeating: sentence, count: 12)).prefix(1_000)) }
        let edited = longTexts.map {
            $0.replacingOccurrences(of: "large", with: "huge").replacingOccurrences(of: "step by step", with: "in order")
        }
        let textPlan = Planner.plan(
            IdentityResolver.resolve(
                desired: [DesiredAssessment(name: "Texts", role: "Engineer", questions: edited.map { DesiredQuestion(text: $0) },
                                            filePath: "texts.yaml")],
                remote: [RemoteAssessmentSummary(id: "texts", name: "Texts", questionCount: longTexts.count)]),
            fetched: ["texts": RemoteAssessment(id: "texts", name: "Texts", role: "Engineer", questions: longTexts.enumerated().map {
                RemoteQuestion(id: "t\($0.offset)", text: $0.element, timeLimitSeconds: 120, order: $0.offset + 1)
            })])
        let (_, renderElapsed) = measure { HumanPlanRenderer.render(textPlan, width: 100) }
        report.line("word diffs: 50 x 1,000-char texts", "\(format(renderElapsed * 1000, 1)) ms")
    }
}
