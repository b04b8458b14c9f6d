/// `version:` at the top of any file: optional; 1 is understood; a newer version means a newer tapform.
enum VersionCheck {
    /// False when the file declares a format this build cannot read (reported); the file is then skipped.
    static func accepts(_ root: YMapping, into sink: DiagnosticSink) -> Bool {
        guard let entry = root.entry(AssessmentFields.version.key) else { return true }
        guard case .scalar(let scalar) = entry.value, case .int(let version) = scalar.kind else {
            sink.error(.wrongType, "\"version\" must be an integer, found \(entry.value.typeDescription)",
                       at: entry.value.location)
            return true
        }
        if version > SpecLimits.formatVersion {
            sink.error(.unsupportedVersion,
                       "file format version \(version) is newer than this tapform understands (\(SpecLimits.formatVersion))",
                       at: entry.value.location, hint: "upgrade tapform to read this file")
            return false
        }
        if version < 1 {
            sink.error(.outOfRange, "\"version\" must be 1, found \(version)", at: entry.value.location)
        }
        return true
    }
}
