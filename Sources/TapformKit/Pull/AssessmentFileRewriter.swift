import Foundation
import TapformPlan
import TapformSpec

/// Rewrites an assessment file on disk: its `questions:` block (see `QuestionBlockWriter`) and the values
/// of some settings (see `SettingsBlockWriter`), every other byte kept, and replaces the file atomically.
/// `prepare` computes the new text without writing, so that a command can refuse before writing anything.
struct AssessmentFileRewriter {
    let root: URL

    /// A file's new content, ready to write.
    struct Prepared {
        var url: URL
        var file: String
        /// The bytes to write; nil when the file already holds them.
        var bytes: Data?
        var report: SeededFile
    }

    /// Writes `questions` into the file of `spec`, which must hold it (see `QuestionOwnership`).
    /// - Parameter remoteId: for the returned report.
    func write(_ questions: [QuestionValues], into spec: AssessmentSpec, remoteId: String) throws -> SeededFile {
        let prepared = try prepare(questions: questions, settings: [:], into: spec, remoteId: remoteId)
        try commit(prepared)
        return prepared.report
    }

    /// The new content of the file of `spec`: `questions` (nil: the block is left alone) and `settings`
    /// (new values by file key) written into it.
    func prepare(
        questions: [QuestionValues]?, settings: [String: SettingsBlockWriter.Value], into spec: AssessmentSpec, remoteId: String
    ) throws -> Prepared {
        let url = root.appendingPathComponent(spec.file)
        let read: (data: Data, hadMark: Bool)
        switch RegularFile.read(atPath: url.path, limit: SpecLimits.maxFileBytes) {
        case .success(let data): read = ByteOrderMark.strip(data)
        case .failure(let failure): throw TapformError("\(spec.file): \(failure)")
        }
        guard let text = String(data: read.data, encoding: .utf8) else {
            throw TapformError("\(spec.file): file is not valid UTF-8")
        }
        var output = text
        if !settings.isEmpty {
            switch SettingsBlockWriter.replaceSettings(in: output, with: settings, file: spec.file) {
            case .success(let value): output = value
            case .failure(let failure): throw TapformError("\(spec.file): \(failure)")
            }
        }
        var notes: [String] = []
        var action = SeededFile.Action.unchanged
        if let questions {
            switch QuestionBlockWriter.replaceQuestions(in: output, with: questions, file: spec.file) {
            case .success(let value):
                if value.text != output { action = Self.action(value.action) }
                output = value.text
            case .failure(let failure): throw TapformError("\(spec.file): \(failure)")
            }
            if let range = spec.questionsBlock.questions, Self.usesVariables(Array(text.utf8), range.bytes) {
                notes.append("the questions used ${...} variables; the file now holds their values")
            }
        }
        let report = SeededFile(
            name: spec.name.value, file: spec.file, remoteId: remoteId,
            questionCount: questions?.count ?? spec.questions?.count ?? 0, action: action, notes: notes)
        let bytes = output == text ? nil : Data((read.hadMark ? ByteOrderMark.utf8 : []) + Array(output.utf8))
        return Prepared(url: url, file: spec.file, bytes: bytes, report: report)
    }

    func commit(_ prepared: Prepared) throws {
        guard let bytes = prepared.bytes else { return }
        do {
            try bytes.write(to: prepared.url, options: .atomic)
        } catch {
            throw TapformError("\(prepared.file): cannot write the file: \(error.localizedDescription)")
        }
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
