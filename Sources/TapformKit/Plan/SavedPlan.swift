import Foundation
import TapformPlan

/// The file `plan --out` writes and `apply PLANFILE` reads: the plan's JSON (`formatVersion` 1, as
/// `--format json` prints it) with one more top-level key, `madeFor`, naming the environment and base URL.
/// It never holds the API key.
public struct SavedPlan: Sendable, Hashable {
    public var plan: Plan
    public var target: PlanTarget

    public init(plan: Plan, target: PlanTarget) {
        self.plan = plan
        self.target = target
    }

    private enum Keys: String, CodingKey { case madeFor }

    private struct Envelope: Encodable {
        var saved: SavedPlan
        func encode(to encoder: any Encoder) throws {
            try saved.plan.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(saved.target, forKey: .madeFor)
        }
    }

    private struct Header: Decodable {
        var madeFor: PlanTarget?
    }

    /// Pretty, sorted JSON, ending with a newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain value types only: encoding cannot fail.
        var data = try! encoder.encode(Envelope(saved: self))
        data.append(0x0A)
        return data
    }

    /// Writes the file atomically (a reader never sees half a plan).
    public func write(to url: URL) throws {
        do {
            try encoded().write(to: url, options: .atomic)
        } catch {
            throw TapformError("cannot write the plan to \(url.path): \(error.localizedDescription)")
        }
    }

    /// Reads a file written by `plan --out`.
    public static func read(from url: URL) throws -> SavedPlan {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TapformError("cannot read the plan file \(url.path)")
        }
        return try decode(data, name: url.path)
    }

    /// Decodes a saved plan; `name` names it in errors.
    public static func decode(_ data: Data, name: String) throws -> SavedPlan {
        let plan: Plan
        let header: Header
        do {
            plan = try Plan.decode(from: data)
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch let error as Plan.UnsupportedFormat {
            throw TapformError("\(name): \(error)")
        } catch {
            throw TapformError("\(name) is not a plan file written by `tapform plan --out` (\(error.localizedDescription))")
        }
        guard let target = header.madeFor else {
            throw TapformError("\(name) does not say which environment it was made for; "
                + "save plans with `tapform plan --out FILE`")
        }
        return SavedPlan(plan: plan, target: target)
    }
}
