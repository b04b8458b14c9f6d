import Foundation
import TapformPlan
import TapformSpec

/// Decides, offline, what `import` does with each remote assessment: skip it (and why) or write it to
/// which file. Keeps the paths it hands out, so two assessments never get one file.
struct ImportPlanner {
    struct Target: Sendable {
        var summary: RemoteAssessmentSummary
        var file: String
        var pinId: Bool
        var overwrites: Bool
    }

    enum Decision: Sendable {
        case skip(String)
        case write(Target)
    }

    private let directory: ImportDirectory
    private let force: Bool
    /// Project files by the remote id they manage.
    private let managedBy: [String: String]
    /// Project files by normalized assessment name.
    private let declaredBy: [String: String]
    /// Project files by the normalized earlier names they list in `renamedFrom` (no other file may take them).
    private let formerNameOf: [String: String]
    /// Normalized names of the project assessments, by file.
    private let nameOfFile: [String: String]
    /// The remote assessments sharing each normalized name, the one to import first.
    private let sameName: [String: [RemoteAssessmentSummary]]
    private var reserved = Set<String>()

    init(project: Project, summaries: [RemoteAssessmentSummary], directory: ImportDirectory, force: Bool) {
        self.directory = directory
        self.force = force
        let desired = project.spec.assessments.map(DesiredAssessment.init)
        let resolution = IdentityResolver.resolve(desired: desired, remote: summaries)
        managedBy = Dictionary(resolution.matched.map { ($0.remote.id, $0.desired.filePath) }, uniquingKeysWith: { first, _ in first })
        let names = project.spec.assessments.map { (TextNormalizer.normalize($0.name.value), $0.file) }
        declaredBy = Dictionary(names, uniquingKeysWith: { first, _ in first })
        nameOfFile = Dictionary(names.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let formerNames = project.spec.assessments.flatMap { spec in
            spec.renamedFrom.map { (TextNormalizer.normalize($0.value), spec.file) }
        }
        formerNameOf = Dictionary(formerNames, uniquingKeysWith: { first, _ in first })
        sameName = Dictionary(grouping: summaries) { TextNormalizer.normalize($0.name) }
            .mapValues { $0.sorted(by: Self.preferred) }
    }

    /// Active before inactive, then the most recently updated, then by id.
    private static func preferred(_ lhs: RemoteAssessmentSummary, _ rhs: RemoteAssessmentSummary) -> Bool {
        if lhs.status != rhs.status { return lhs.status == .active }
        if lhs.lastUpdatedOn != rhs.lastUpdatedOn { return (lhs.lastUpdatedOn ?? .min) > (rhs.lastUpdatedOn ?? .min) }
        return lhs.id < rhs.id
    }

    mutating func decide(_ summary: RemoteAssessmentSummary) -> Decision {
        let name = TextNormalizer.normalize(summary.name)
        let file = target(for: summary, name: name)
        if let existing = managedBy[summary.id] ?? declaredBy[name] {
            guard existing == file, force, managedBy[summary.id] == existing else {
                if existing == file && managedBy[summary.id] == existing {
                    return .skip("\(existing) already declares it; --force overwrites that file with the account's version")
                }
                let how = managedBy[summary.id] == existing ? "already managed by" : "a file already declares this name:"
                return .skip("\(how) \(existing) (`tapform pull` refreshes its questions)")
            }
            reserved.insert(file)
            return .write(Target(summary: summary, file: file, pinId: pinsId(name), overwrites: true))
        }
        if let renamed = formerNameOf[name] {
            return .skip("\(renamed) lists \"\(summary.name)\" in renamedFrom, so no other file may take this name; "
                + "rename it in the account first to import it")
        }
        let group = sameName[name] ?? [summary]
        if group.count > 1, let first = group.first, first.id != summary.id {
            return .skip("the account has \(group.count) assessments named \"\(summary.name)\" and two files cannot share "
                + "a name; id \(first.id) is the one imported (active, most recently updated). Rename one in the account "
                + "to import both")
        }
        let exists = FileManager.default.fileExists(atPath: directory.url(of: file).path)
        if exists && !force {
            return .skip("\(file) exists; --force overwrites it")
        }
        reserved.insert(file)
        return .write(Target(summary: summary, file: file, pinId: pinsId(name), overwrites: exists))
    }

    private func pinsId(_ name: String) -> Bool { (sameName[name]?.count ?? 0) > 1 }

    /// `slug.yaml`, else `slug-2.yaml`, ...: the first path not handed out already in this run and not
    /// holding another assessment of the project.
    private func target(for summary: RemoteAssessmentSummary, name: String) -> String {
        let slug = FileSlug.slug(summary.name, id: summary.id)
        var suffix = 1
        while true {
            let file = directory.file(suffix == 1 ? "\(slug).yaml" : "\(slug)-\(suffix).yaml")
            let occupant = nameOfFile[file]
            let isOther = occupant != nil && occupant != name && managedBy[summary.id] != file
            if !reserved.contains(file) && !isOther { return file }
            suffix += 1
        }
    }
}
