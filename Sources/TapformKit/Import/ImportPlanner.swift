import Foundation
import TapformPlan
import TapformSpec

/// Decides, offline, what `import` does with each remote assessment or flow: skip it (and why) or write it
/// to which file. Keeps the paths it hands out, so two of them never get one file. One planner per kind
/// (assessments, flows): each kind has its own files and its own folder.
struct ImportPlanner {
    /// What the planner needs of a kind.
    struct Kind: Sendable {
        /// "assessment" or "flow", for messages and for the file name of a name that leaves no slug.
        var noun: String
        /// Why the first of several remote objects sharing a name is the one imported.
        var preference: String
        /// What refreshes a file that already manages the remote object, if anything.
        var refresh: String?

        static let assessment = Kind(noun: "assessment", preference: "active, most recently updated",
                                     refresh: "`tapform pull` refreshes its questions")
        static let flow = Kind(noun: "flow", preference: "active, created first", refresh: nil)
    }

    /// One remote assessment or flow.
    struct Candidate: Sendable, Hashable {
        var id: String
        var name: String
    }

    /// One project file of the kind.
    struct Declared: Sendable {
        var file: String
        var name: String
        var renamedFrom: [String]
        /// The remote id the file manages, as `plan` finds it.
        var managedId: String?
    }

    struct Target: Sendable {
        var candidate: Candidate
        var file: String
        var pinId: Bool
        var overwrites: Bool
    }

    enum Decision: Sendable {
        case skip(String)
        case write(Target)
    }

    private let kind: Kind
    private let directory: ImportDirectory
    private let force: Bool
    /// Project files by the remote id they manage.
    private let managedBy: [String: String]
    /// Project files by normalized name.
    private let declaredBy: [String: String]
    /// Project files by the normalized earlier names they list in `renamedFrom` (no other file may take them).
    private let formerNameOf: [String: String]
    /// Normalized names of the project's files, by file.
    private let nameOfFile: [String: String]
    /// The remote objects sharing each normalized name, the one to import first.
    private let sameName: [String: [Candidate]]
    private var reserved = Set<String>()

    /// - Parameter candidates: every remote object of the kind, the preferred first where names are shared.
    init(kind: Kind, declared: [Declared], candidates: [Candidate], directory: ImportDirectory, force: Bool) {
        self.kind = kind
        self.directory = directory
        self.force = force
        managedBy = Dictionary(declared.compactMap { file in file.managedId.map { ($0, file.file) } },
                               uniquingKeysWith: { first, _ in first })
        let names = declared.map { (TextNormalizer.normalize($0.name), $0.file) }
        declaredBy = Dictionary(names, uniquingKeysWith: { first, _ in first })
        nameOfFile = Dictionary(names.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let formerNames = declared.flatMap { file in file.renamedFrom.map { (TextNormalizer.normalize($0), file.file) } }
        formerNameOf = Dictionary(formerNames, uniquingKeysWith: { first, _ in first })
        sameName = Dictionary(grouping: candidates) { TextNormalizer.normalize($0.name) }
    }

    mutating func decide(_ candidate: Candidate) -> Decision {
        let name = TextNormalizer.normalize(candidate.name)
        let file = target(for: candidate, name: name)
        if let existing = managedBy[candidate.id] ?? declaredBy[name] {
            guard existing == file, force, managedBy[candidate.id] == existing else {
                if existing == file && managedBy[candidate.id] == existing {
                    return .skip("\(existing) already declares it; --force overwrites that file with the account's version")
                }
                let how = managedBy[candidate.id] == existing ? "already managed by" : "a file already declares this name:"
                return .skip("\(how) \(existing)" + (kind.refresh.map { " (\($0))" } ?? ""))
            }
            reserved.insert(file)
            return .write(Target(candidate: candidate, file: file, pinId: pinsId(name), overwrites: true))
        }
        if let renamed = formerNameOf[name] {
            return .skip("\(renamed) lists \"\(candidate.name)\" in renamedFrom, so no other file may take this name; "
                + "rename it in the account first to import it")
        }
        let group = sameName[name] ?? [candidate]
        if group.count > 1, let first = group.first, first.id != candidate.id {
            return .skip("the account has \(group.count) \(kind.noun)s named \"\(candidate.name)\" and two files cannot share "
                + "a name; id \(first.id) is the one imported (\(kind.preference)). Rename one in the account "
                + "to import both")
        }
        let exists = FileManager.default.fileExists(atPath: directory.url(of: file).path)
        if exists && !force {
            return .skip("\(file) exists; --force overwrites it")
        }
        reserved.insert(file)
        return .write(Target(candidate: candidate, file: file, pinId: pinsId(name), overwrites: exists))
    }

    private func pinsId(_ name: String) -> Bool { (sameName[name]?.count ?? 0) > 1 }

    /// `slug.yaml`, else `slug-2.yaml`, ...: the first path not handed out already in this run and not
    /// holding another file of the project.
    private func target(for candidate: Candidate, name: String) -> String {
        let slug = FileSlug.slug(candidate.name, id: candidate.id, fallback: kind.noun)
        var suffix = 1
        while true {
            let file = directory.file(suffix == 1 ? "\(slug).yaml" : "\(slug)-\(suffix).yaml")
            let occupant = nameOfFile[file]
            let isOther = occupant != nil && occupant != name && managedBy[candidate.id] != file
            if !reserved.contains(file) && !isOther { return file }
            suffix += 1
        }
    }
}
