import Foundation
import TaptalentAPI

/// How the emulator writes its answers. The public documentation of the Partner API disagrees with itself
/// (envelopes, ids as strings or integers, times as epoch milliseconds or ISO 8601), so a real account may
/// answer in any of the documented variants; the client must read them all, and its tests run against
/// each. Two variants are deliberately wrong, so that `doctor` can be seen to report a mismatch.
/// Set with `tapform sandbox serve --variant NAME` or `EmulatorOptions.variant`.
public enum WireVariant: String, Sendable, Hashable, CaseIterable {
    /// As the contract documents it: `{"status":"success","data":…}` on assessments, bare jobs, string
    /// ids, epoch milliseconds.
    case documented
    /// `{"success":true,"data":…}` around every answer, jobs included.
    case successTrue = "success-true"
    /// Every answer bare, assessments included.
    case bare
    /// Ids as JSON integers (new ids are numeric); the company id too.
    case integerIDs = "integer-ids"
    /// New ids as UUID strings; the company id too.
    case uuidIDs = "uuid-ids"
    /// Times (`createdAt`, `invitedAt`, …) as ISO 8601 strings.
    case isoTimestamps = "iso-timestamps"
    /// Wrong on purpose: an assessment's `duration` is renamed `durationMinutes`.
    case wrongRenamedField = "wrong-renamed-field"
    /// Wrong on purpose: a question's `timeLimit` is a string (`"120"`).
    case wrongStringNumber = "wrong-string-number"

    /// The variants a real account may answer in; the client reads each.
    public static let documentedVariants: [WireVariant] = allCases.filter(\.isDocumented)
    /// The variants that break the contract on purpose.
    public static let wrongVariants: [WireVariant] = allCases.filter { !$0.isDocumented }

    public var isDocumented: Bool {
        switch self {
        case .wrongRenamedField, .wrongStringNumber: false
        default: true
        }
    }

    /// The names, for help texts and errors: `documented, success-true, …`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The field the wrong variants plant their mismatch in, with the contract's field name (for tests and
    /// docs): `duration` (renamed) or `timeLimit` (a string).
    public var plantedField: String? {
        switch self {
        case .wrongRenamedField: AssessmentBodyKey.duration.stringValue
        case .wrongStringNumber: QuestionBody.CodingKeys.timeLimit.stringValue
        default: nil
        }
    }

    /// The variant the request being answered is served in (set by the API routes).
    @TaskLocal static var current: WireVariant = .documented

    /// How new ids look.
    var idStyle: IdentifierStyle {
        switch self {
        case .integerIDs: .integer
        case .uuidIDs: .uuid
        default: .hex
        }
    }
}

/// How the emulator makes new ids: 24 hex digits (the service's look), digits only, or UUIDs.
enum IdentifierStyle: Sendable {
    case hex, integer, uuid

    /// The emulator's one company, in this style.
    var companyId: String {
        switch self {
        case .hex: "cmp_sandbox"
        case .integer: "4217"
        case .uuid: "5b0d7c1e-3f0a-4c55-9a6e-2f1d8e4b7c90"
        }
    }
}

extension WireVariant {
    /// The envelope of an answer whose documented envelope is `documented`.
    func envelope(documented: Envelope.Form) -> Envelope.Form {
        switch self {
        case .successTrue: .successTrue
        case .bare: .bare
        default: documented
        }
    }

    /// Every field the contract types as an id or a time (from its shape table).
    private static let idFields = WireShapes.fieldNames(ofShape: .identifier)
    private static let timeFields = WireShapes.fieldNames(ofShape: .timestamp)

    /// The answer's data as this variant writes it (the same value for `documented`).
    func reshape(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map(reshape))
        case .object(let object):
            var result: [String: JSONValue] = [:]
            for (key, field) in object {
                let (name, reshaped) = reshapeField(key, reshape(field))
                result[name] = reshaped
            }
            return .object(result)
        default:
            return value
        }
    }

    private func reshapeField(_ key: String, _ value: JSONValue) -> (String, JSONValue) {
        switch (self, value) {
        case (.integerIDs, .string(let id)) where Self.idFields.contains(key):
            guard let number = Int64(id), String(number) == id, abs(number) < 1 << 53 else { return (key, value) }
            return (key, .number(Double(number)))
        case (.isoTimestamps, .number(let millis)) where Self.timeFields.contains(key):
            let date = Date(timeIntervalSince1970: millis / 1000)
            return (key, .string(date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))))
        case (.wrongRenamedField, _) where key == AssessmentBodyKey.duration.stringValue:
            return (key + "Minutes", value)
        case (.wrongStringNumber, .number(let number)) where key == QuestionBody.CodingKeys.timeLimit.stringValue:
            return (key, .string(String(Int64(number))))
        default:
            return (key, value)
        }
    }
}
