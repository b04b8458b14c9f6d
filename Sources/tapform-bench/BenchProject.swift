import Foundation

/// Writes generated projects: assessment files with realistic-length questions, and tapform.yaml.
enum BenchProject {
    static func assessmentFile(index: Int, questions: Int) -> String {
        var text = """
            name: Bench Assessment \(index)
            role: Backend Engineer \(index % 17)
            purpose: Check depth in systems design and communication for candidate pool \(index % 5).
            durationMinutes: \(20 + index % 40)
            language: english
            skills: [Go, PostgreSQL, Skill \(index % 11)]
            questions:

            """
        for q in 0..<questions {
            text += """
                  - text: "Question \(q + 1) of assessment \(index): walk me through how you would design part \(q) of a rate limiter."
                    timeLimitSeconds: \(60 + (q % 5) * 30)
                    idealAnswer: Covers token buckets, where state lives, and failure modes for case \(q).

                """
        }
        return text
    }

    static func writeAssessments(count: Int, questions: Int, into root: URL) throws {
        let folder = root.appendingPathComponent("assessments")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            try assessmentFile(index: index, questions: questions)
                .write(to: folder.appendingPathComponent("bench-\(index).yaml"), atomically: false, encoding: .utf8)
        }
    }

    /// tapform.yaml with one environment `bench` pointing at the emulator, its key in `keyVariable`.
    static func writeConfig(baseURL: URL, keyVariable: String, into root: URL) throws {
        try """
            version: 1
            environments:
              bench: { url: "\(baseURL.absoluteString)", apiKeyEnv: \(keyVariable) }
            defaultEnvironment: bench

            """.write(to: root.appendingPathComponent("tapform.yaml"), atomically: true, encoding: .utf8)
    }
}
