// Limits that offline validation checks values against. These mirror `WireLimits` in
// Sources/TaptalentAPI/Wire/WireNames.swift (the contract's assumed validation rules); TapformSpec must not
// depend on TaptalentAPI, so the numbers are repeated here and a test in the package checks that they agree.

/// The contract's validation limits, plus the limits tapform puts on its own input files.
public enum SpecLimits {
    // MARK: Mirrors WireLimits (keep in step with Sources/TaptalentAPI/Wire/WireNames.swift)
    public static let testNameLength = 3...200
    public static let hiringForRoleLength = 2...200
    public static let purposeMaxLength = 2_000
    public static let durationMinutes = 5...120
    public static let defaultDurationMinutes = 20
    public static let languages = [
        "english", "spanish", "french", "german", "portuguese", "italian", "dutch", "hindi", "arabic",
        "japanese", "mandarin", "indonesian",
    ]
    public static let defaultLanguage = "english"
    public static let maxSkills = 20
    public static let skillLength = 1...100
    public static let questionTextLength = 10...1_000
    public static let timeLimitSeconds = 30...600
    public static let defaultTimeLimitSeconds = 120
    public static let idealAnswerMaxLength = 2_000
    public static let maxQuestions = 50
    public static let numberOfQuestions = 1...20
    public static let defaultNumberOfQuestions = 5

    // MARK: tapform's own file format
    /// The newest file format version this build understands (`version:` in any file).
    public static let formatVersion = 1
    /// Largest file tapform reads (1 MiB).
    public static let maxFileBytes = 1_048_576
    /// The diagnostic for a file over `maxFileBytes`.
    static func fileTooLargeMessage(_ bytes: Int) -> String {
        "file is \(bytes) bytes; tapform reads files up to \(maxFileBytes) bytes (1 MiB)"
    }
    /// Deepest nesting of mappings and sequences accepted in a file.
    public static let maxDepth = 32
    /// Most YAML nodes walked in one file, counting alias expansions each time.
    public static let maxNodes = 200_000
    /// Most nodes that alias expansions may add to one file ("billion laughs" guard).
    public static let maxAliasExpandedNodes = 1_000
}
