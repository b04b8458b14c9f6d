import Foundation
import Testing
@testable import TapformSpec

/// Every string of the Big List of Naughty Strings as a name, a question text and a var value: a clear
/// diagnostic or exactly the right value, never a crash; writers round-trip them exactly.
@Suite struct NaughtyStringTests {
    static let strings: [String] = {
        let url = RepositoryPaths.testData.appendingPathComponent("naughty-strings/blns.json")
        guard let data = try? Data(contentsOf: url),
              let list = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return list
    }()

    /// Problems a naughty value may legitimately cause; a YAML syntax error would mean a writer bug.
    static let valueCodes: Set<DiagnosticCode> = [.tooShort, .tooLong]

    static func same(_ a: String?, _ b: String) -> Bool {
        a.map { Array($0.unicodeScalars) == Array(b.unicodeScalars) } ?? false
    }

    @Test func theListIsThere() {
        #expect(Self.strings.count > 400)
    }

    @Test func writtenAsNameAndQuestionTheyLoadBackExactly() {
        for string in Self.strings {
            var values = AssessmentFileValues(name: string, role: "Engineer")
            values.purpose = string
            values.skills = [string]
            values.questions = [QuestionValues(text: string, timeLimitSeconds: 60, idealAnswer: string)]
            let text = AssessmentFileWriter.write(values, headerComment: "Imported: \(string)")
            let result = SpecLoader.loadProject(files: ["assessments/n.yaml": text])
            let unexpected = result.diagnostics.filter { !Self.valueCodes.contains($0.code) }
            #expect(unexpected.isEmpty, "\(string.debugDescription): \(unexpected)")
            guard let spec = result.assessments.first else {
                #expect(result.hasErrors, "\(string.debugDescription) produced neither a spec nor an error")
                continue
            }
            #expect(Self.same(spec.name.value, string), "name \(string.debugDescription)")
            #expect(Self.same(spec.purpose?.value, string), "purpose \(string.debugDescription)")
            #expect(Self.same(spec.skills.first?.value, string), "skill \(string.debugDescription)")
            #expect(Self.same(spec.questions?.first?.text.value, string), "text \(string.debugDescription)")
            #expect(Self.same(spec.questions?.first?.idealAnswer?.value, string), "ideal \(string.debugDescription)")
        }
    }

    @Test func asAVarValueTheyAreSubstitutedVerbatim() {
        for string in Self.strings {
            let quoted = YAMLScalarWriter.doubleQuoted(string)
            let text = "name: Naughty Var Screen\nrole: Engineer\nvars: {v: \(quoted)}\nquestions:\n  - text: \"Question about ${v} here\"\n"
            let result = SpecLoader.loadProject(files: ["assessments/n.yaml": text])
            let unexpected = result.diagnostics.filter { !Self.valueCodes.contains($0.code) }
            #expect(unexpected.isEmpty, "\(string.debugDescription): \(unexpected)")
            if let spec = result.assessments.first {
                #expect(Self.same(spec.questions?.first?.text.value, "Question about \(string) here"), "\(string.debugDescription)")
            } else {
                #expect(result.hasErrors)
            }
        }
    }

    @Test func handWrittenUnquotedTheyNeverCrash() {
        for string in Self.strings {
            for text in ["name: \(string)\nrole: Engineer\n", "name: Plain Screen\nrole: Engineer\nquestions:\n  - text: \(string)\n"] {
                let result = SpecLoader.loadProject(files: ["assessments/n.yaml": text])
                #expect(result.hasErrors || result.assessments.count == 1, "\(string.debugDescription)")
                for diagnostic in result.diagnostics {
                    #expect(diagnostic.line >= 1 && diagnostic.column >= 1, "\(string.debugDescription): \(diagnostic)")
                    #expect(!DiagnosticRenderer.human([diagnostic], color: false).dropLast().contains("\n  \u{1B}"))
                }
            }
        }
    }

    @Test func questionBlockWriterRoundTripsThem() throws {
        let original = "# header\nname: Block Screen\nrole: Engineer\nquestions:\n  - text: Old question text?\n# footer\n"
        for string in Self.strings {
            let question = QuestionValues(text: string, timeLimitSeconds: nil, idealAnswer: string)
            guard case .success(let output) = QuestionBlockWriter.replaceQuestions(in: original, with: [question]) else {
                Issue.record("writer refused \(string.debugDescription)")
                continue
            }
            #expect(output.text.hasPrefix("# header\nname: Block Screen\nrole: Engineer\nquestions:\n"))
            #expect(output.text.hasSuffix("\n# footer\n"))
            let result = SpecLoader.loadProject(files: ["assessments/n.yaml": output.text])
            #expect(result.diagnostics.allSatisfy { Self.valueCodes.contains($0.code) }, "\(string.debugDescription)")
            if let spec = result.assessments.first {
                #expect(Self.same(spec.questions?.first?.text.value, string), "\(string.debugDescription)")
                #expect(Self.same(spec.questions?.first?.idealAnswer?.value, string), "\(string.debugDescription)")
            }
        }
    }
}
