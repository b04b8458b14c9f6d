/// The wording of field errors, in the service's style: the field's path in quotes, then the rule,
/// e.g. `"testName" length must be at least 3 characters long`.
enum FieldMessage {
    static func required(_ field: String) -> String { "\"\(field)\" is required" }
    static func notAllowed(_ field: String) -> String { "\"\(field)\" is not allowed" }
    static func empty(_ field: String) -> String { "\"\(field)\" is not allowed to be empty" }
    static func mustBe(_ field: String, _ type: String) -> String { "\"\(field)\" must be \(type)" }
    static func minLength(_ field: String, _ limit: Int) -> String {
        "\"\(field)\" length must be at least \(limit) characters long"
    }
    static func maxLength(_ field: String, _ limit: Int) -> String {
        "\"\(field)\" length must be less than or equal to \(limit) characters long"
    }
    static func atLeast(_ field: String, _ limit: String) -> String {
        "\"\(field)\" must be greater than or equal to \(limit)"
    }
    static func atMost(_ field: String, _ limit: String) -> String {
        "\"\(field)\" must be less than or equal to \(limit)"
    }
    static func oneOf(_ field: String, _ values: [String]) -> String {
        "\"\(field)\" must be one of [\(values.joined(separator: ", "))]"
    }
    static func maxItems(_ field: String, _ limit: Int) -> String {
        "\"\(field)\" must contain less than or equal to \(limit) items"
    }
    static func duplicate(_ field: String) -> String { "\"\(field)\" contains a duplicate value" }
    static func invalidEmail(_ field: String) -> String { "\"\(field)\" must be a valid email" }
}
