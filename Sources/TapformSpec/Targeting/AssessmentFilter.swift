/// `--only GLOB` / `--exclude GLOB` (each repeatable) on assessment names. An assessment is selected when it
/// matches at least one `--only` pattern (or there are none) and no `--exclude` pattern. Globs use `*` and `?`
/// and are case-sensitive (see `Glob`).
public struct AssessmentFilter: Sendable, Hashable {
    public var only: [Glob]
    public var exclude: [Glob]

    public init(only: [String] = [], exclude: [String] = []) {
        self.only = only.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
    }

    /// True when no pattern was given: everything is selected.
    public var selectsAll: Bool { only.isEmpty && exclude.isEmpty }

    public func selects(name: String) -> Bool {
        (only.isEmpty || only.contains { $0.matches(name) }) && !exclude.contains { $0.matches(name) }
    }

    public func apply(_ assessments: [AssessmentSpec]) -> [AssessmentSpec] {
        assessments.filter { selects(name: $0.name.value) }
    }

    /// The `--only` patterns that match none of these names (worth a warning: probably a typo).
    public func unmatchedOnlyPatterns(in names: [String]) -> [String] {
        only.filter { glob in !names.contains { glob.matches($0) } }.map(\.pattern)
    }
}
