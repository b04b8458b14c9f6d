import Foundation
import TapformPlan
import TapformSpec

/// Rewrites the `questions:` block of an assessment file on disk, every other byte kept (see
/// `QuestionBlockWriter`), and replaces the file atomically.
struct QuestionFileRewriter {
    let root: URL

    /// Writes `questions` into the file of `spec`, which must hold it (see `QuestionOwnership`).
    /// - Parameter remoteId: for the returned report.
    func write(_ questions: [QuestionValues], into spec: AssessmentSpec, remoteId: String) throws -> SeededFile {
        let url = root.appendingPathComponent(spec.file)
        let read: (data: Data, hadMark: Bool)
        switch RegularFile.read(atPath: url.path, limit: SpecLimits.maxFileBytes) {
        case .success(let data): read = ByteOrderMark.strip(data)
        case .failure(let failure): throw TapformError("\(spec.file): \(failure)")
        }
        guard let text = String(data: read.data, encoding: .utf8) else {
            throw TapformError("\(spec.file): file is not valid UTF-8")
        }
        let output: QuestionBlockWriter.Output
        switch QuestionBlockWriter.replaceQuestions(in: text, with: questions, file: spec.file) {
        case .success(let value): output = value
        case .failure(let failure): throw TapformError("\(spec.file): \(failure)")
        }
        var notes: [String] = []
        if let range = spec.questionsBlock.questions, Self.usesVariables(Array(text.utf8), range.bytes) {
            notes.append("the questions used ${...} variables; the file now holds their values")
        }
        var report = SeededFile(
            name: spec.name.value, file: spec.file, remoteId: remoteId, questionCount: questions.count,
            action: Self.action(output.action), notes: notes)
        guard output.text != text else {
            report.action = .unchanged
            return report
        }
        do {
            try Data((read.hadMark ? ByteOrderMark.utf8 : []) + Array(output.text.utf8)).write(to: url, options: .atomic)
        } catch {
            throw TapformError("\(spec.file): cannot write the file: \(error.localizedDescription)")
        }
        return report
    }

    private static func action(_ action: QuestionBlockWriter.Action) -> SeededFile.Action {
        switch action {
        case .replacedQuestions: .replacedQuestions
        case .replacedGenerate: .replacedGenerate
        case .appended: .appended
        }
    }

    /// True when the block holds a `${` placeholder (not the `$${` escape).
    private static func usesVariables(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.upperBound <= bytes.count else { return false }
        let block = bytes[range]
        var previous: UInt8 = 0
        var index = block.startIndex
        while index < block.endIndex {
            let byte = block[index]
            let next = block.index(after: index)
            if byte == 0x24, next < block.endIndex, block[next] == 0x7B {
                if previous != 0x24 { return true }
            }
            previous = byte == 0x24 && previous == 0x24 ? 0 : byte
            index = next
        }
        return false
    }
}
