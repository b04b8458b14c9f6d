import Foundation
import TapformSupport
import TaptalentAPI

/// What generation is based on.
struct GenerationInput: Sendable, Hashable {
    var role: String
    var purpose: String?
    var skills: [String]
    var jobTitle: String?
    /// "City, Country" of the job, when there is one.
    var jobPlace: String?
}

/// A generated question before it gets an id and a position.
struct GeneratedQuestion: Sendable, Hashable {
    var text: String
    var timeLimit: Int
    var idealAnswer: String
}

/// Builds interview questions deterministically from role, purpose, skills and job: the same inputs
/// (and the same existing questions) always give the same questions; a question already present, or
/// already picked, is never repeated.
enum QuestionGenerator {
    static func generate(_ input: GenerationInput, count: Int, existing: [String]) -> [GeneratedQuestion] {
        var used = Set(existing.map(normalized))
        var picked: [GeneratedQuestion] = []
        let candidates = orderedCandidates(input)
        let variants = [candidates] + QuestionBank.followUps.map { followUp in
            candidates.map { GeneratedQuestion(text: $0.text + " " + followUp, timeLimit: $0.timeLimit, idealAnswer: $0.idealAnswer) }
        }
        for question in variants.joined() where picked.count < count {
            let text = clamp(question.text, WireLimits.questionTextLength.upperBound)
            guard used.insert(normalized(text)).inserted else { continue }
            picked.append(GeneratedQuestion(
                text: text, timeLimit: question.timeLimit,
                idealAnswer: clamp(question.idealAnswer, WireLimits.idealAnswerMaxLength)
            ))
        }
        return picked
    }

    /// Every plain candidate, interleaved across categories (skills first, each skill in turn), each
    /// category in an order fixed by the inputs.
    private static func orderedCandidates(_ input: GenerationInput) -> [GeneratedQuestion] {
        let seed = [input.role, input.purpose ?? "", input.skills.joined(separator: ","), input.jobTitle ?? ""]
            .joined(separator: "|")
        let skillLists = input.skills.map { skill in
            shuffled(QuestionBank.skill, seed: seed + skill).map { fill($0, input, skill: skill) }
        }
        var categories = [interleave(skillLists)]
        categories.append(shuffled(QuestionBank.role, seed: seed).map { fill($0, input, skill: nil) })
        if input.purpose?.isEmpty == false {
            categories.append([fill(QuestionBank.purpose, input, skill: nil)])
        }
        if input.jobTitle != nil {
            let templates = QuestionBank.job.filter { input.jobPlace != nil || !$0.text.contains("{place}") }
            categories.append(shuffled(templates, seed: seed).map { fill($0, input, skill: nil) })
        }
        categories.append(shuffled(QuestionBank.behaviour, seed: seed).map { fill($0, input, skill: nil) })
        return interleave(categories)
    }

    private static func fill(_ template: QuestionTemplate, _ input: GenerationInput, skill: String?) -> GeneratedQuestion {
        let purpose = input.purpose.map { String($0.prefix(200)) } ?? ""
        func substitute(_ text: String) -> String {
            text.replacingOccurrences(of: "{role}", with: input.role)
                .replacingOccurrences(of: "{skill}", with: skill ?? "")
                .replacingOccurrences(of: "{job}", with: input.jobTitle ?? input.role)
                .replacingOccurrences(of: "{place}", with: input.jobPlace ?? "")
                .replacingOccurrences(of: "{purpose}", with: purpose)
        }
        var ideal = substitute(template.idealAnswer)
        if !purpose.isEmpty, template.text != QuestionBank.purpose.text {
            let end = purpose.last.map { ".!?".contains($0) } == true ? "" : "."
            ideal += " It should also speak to the goal of this interview: \(purpose)\(end)"
        }
        return GeneratedQuestion(text: substitute(template.text), timeLimit: template.timeLimit, idealAnswer: ideal)
    }

    private static func shuffled(_ templates: [QuestionTemplate], seed: String) -> [QuestionTemplate] {
        templates.sorted { StableHash.of(seed + $0.text) < StableHash.of(seed + $1.text) }
    }

    /// Round robin: the first of each list, then the second of each, and so on.
    private static func interleave<T>(_ lists: [[T]]) -> [T] {
        var result: [T] = []
        let longest = lists.map(\.count).max() ?? 0
        for index in 0..<longest {
            for list in lists where index < list.count { result.append(list[index]) }
        }
        return result
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func clamp(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit))
    }
}
