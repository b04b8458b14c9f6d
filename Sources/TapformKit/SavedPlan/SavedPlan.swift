import Foundation
import TapformPlan
import TapformSpec
import TaptalentAPI

/// The file `plan --out` writes and `apply PLANFILE` reads: the plan's JSON (as `--format json` prints
/// it; schemas/plan.schema.json) with three more top-level keys: `madeFor` (the environment and base URL),
/// `madeFrom` (the `DesiredState` of the files) and `integrity`, a SHA-256 digest of the canonical form
/// (`CanonicalJSON`) of everything else in the file. A file whose content no longer matches its digest
/// (a hand edit, a truncated copy) is refused, so a saved plan is applied exactly as made or not at all.
/// The digest stops accidents, not someone who recomputes it: see docs/decisions/saved-plans.md.
/// It never holds the API key.
public struct SavedPlan: Sendable, Hashable {
    public var plan: Plan
    public var target: PlanTarget
    public var madeFrom: DesiredState

    public init(plan: Plan, target: PlanTarget, madeFrom: DesiredState) {
        self.plan = plan
        self.target = target
        self.madeFrom = madeFrom
    }

    /// The largest plan file read (64 MiB: a plan of thousands of assessments is a few MiB).
    public static let maxFileBytes = 64 << 20
    static let digestPrefix = "sha256:"
    /// What every refusal tells the user to do.
    static func remedy(_ name: String) -> String { "make a new plan with `tapform plan --out \(name)`" }

    private enum Keys: String, CodingKey { case madeFor, madeFrom, integrity }

    private struct Envelope: Encodable {
        var saved: SavedPlan
        var integrity: String?
        func encode(to encoder: any Encoder) throws {
            try saved.plan.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(saved.target, forKey: .madeFor)
            try container.encode(saved.madeFrom, forKey: .madeFrom)
            try container.encodeIfPresent(integrity, forKey: .integrity)
        }
    }

    private struct Header: Decodable {
        var madeFor: PlanTarget?
        var madeFrom: DesiredState?
    }

    /// Pretty, sorted JSON with its integrity digest, ending with a newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types only: encoding cannot fail, and what was encoded parses.
        let unsealed = try! encoder.encode(Envelope(saved: self, integrity: nil))
        let digest = Self.digest(of: CanonicalJSON.parse(unsealed)!)
        var data = try! encoder.encode(Envelope(saved: self, integrity: digest))
        data.append(0x0A)
        return data
    }

    /// `sha256:` and the digest of the canonical form of `value` without its `integrity` key.
    static func digest(of value: JSONValue) -> String {
        guard case .object(var members) = value else { return digestPrefix + SHA256.hex(of: CanonicalJSON.bytes(value)) }
        members[Keys.integrity.rawValue] = nil
        return digestPrefix + SHA256.hex(of: CanonicalJSON.bytes(.object(members)))
    }

    /// Writes the file atomically (a reader never sees half a plan).
    public func write(to url: URL) throws {
        do {
            try encoded().write(to: url, options: .atomic)
        } catch {
            throw TapformError("cannot write the plan to \(url.relativePath): \(error.localizedDescription)")
        }
    }

    /// Reads a file written by `plan --out` (a regular file only: never waits on a FIFO).
    public static func read(from url: URL) throws -> SavedPlan {
        let name = url.relativePath
        switch RegularFile.read(atPath: url.path, limit: maxFileBytes) {
        case .success(let data): return try decode(data, name: name)
        case .failure(let failure): throw TapformError("\(name): plan file: \(failure)")
        }
    }

    /// Decodes a saved plan and checks its integrity; `name` names it in errors.
    public static func decode(_ data: Data, name: String) throws -> SavedPlan {
        guard let value = CanonicalJSON.parse(data), case .object(let members) = value else {
            throw TapformError("\(name) is not a complete plan file (not valid JSON: truncated or damaged); "
                + remedy(name))
        }
        do {
            try Plan.checkHeader(of: data)
        } catch let error as Plan.UnsupportedFormat {
            throw TapformError("\(name) \(error.problem): " + remedy(name))
        } catch {
            throw TapformError("\(name) is not a plan file written by `tapform plan --out` (its schemaVersion or "
                + "kind is not what a plan has); " + remedy(name))
        }
        guard case .string(let recorded)? = members[Keys.integrity.rawValue] else {
            throw TapformError("\(name) has no integrity digest (it was not saved by this version of "
                + "`tapform plan --out`, or the digest was removed); " + remedy(name))
        }
        guard recorded == digest(of: value) else {
            throw TapformError("\(name) was changed after tapform saved it (its content no longer matches its "
                + "integrity digest); a saved plan is applied exactly as planned or not at all: " + remedy(name))
        }
        let plan: Plan
        let header: Header
        do {
            plan = try Plan.decode(from: data)
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch let error as Plan.UnsupportedFormat {
            throw TapformError("\(name): \(error)")
        } catch {
            throw TapformError("\(name) is not a plan file written by `tapform plan --out` "
                + "(\(error.localizedDescription)); " + remedy(name))
        }
        guard let target = header.madeFor, let madeFrom = header.madeFrom else {
            throw TapformError("\(name) does not say which environment and files it was made for; " + remedy(name))
        }
        return SavedPlan(plan: plan, target: target, madeFrom: madeFrom)
    }

    /// Refuses the plan when `project`'s files no longer resolve to the desired state it was made from.
    public func verifyFiles(_ project: Project) throws {
        guard !project.spec.hasErrors else {
            throw TapformError("the files changed since this plan was made: they no longer validate "
                + "(tapform validate lists the problems); fix them and make a new plan with `tapform plan --out FILE`")
        }
        let changes = madeFrom.changes(to: DesiredState(project: project, request: madeFrom.request))
        guard changes.isEmpty else {
            throw TapformError("the files changed since this plan was made: " + changes.joined(separator: "; ")
                + ". Make a new plan with `tapform plan --out FILE` and apply it.")
        }
    }
}
