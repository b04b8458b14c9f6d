/// Terminal colours, used only when the caller asks for colour.
struct ANSIStyle {
    let enabled: Bool

    enum Color: String {
        case red = "31", green = "32", yellow = "33", cyan = "36", bold = "1", dim = "2"
    }

    func paint(_ text: String, _ color: Color?) -> String {
        guard enabled, let color else { return text }
        return "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m"
    }
}
