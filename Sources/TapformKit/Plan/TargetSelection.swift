import TapformPlan

/// `--only` / `--exclude` applied to an identity resolution. Identity is resolved with every file, so a
/// remote assessment that a filtered-out file manages is still claimed (never listed as unmanaged, never
/// pruned); then only the selected files' entries are kept, and only their assessments are fetched.
enum TargetSelection {
    static func restrict(_ resolution: Resolution, toFiles files: Set<String>) -> Resolution {
        var restricted = resolution
        restricted.matched = resolution.matched.filter { files.contains($0.desired.filePath) }
        restricted.toCreate = resolution.toCreate.filter { files.contains($0.filePath) }
        restricted.unresolved = resolution.unresolved.filter { files.contains($0.desired.filePath) }
        restricted.warnings = resolution.warnings.filter { warning in
            warning.location.map { files.contains($0.file) } ?? true
        }
        return restricted
    }
}
