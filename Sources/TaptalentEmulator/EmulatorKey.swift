/// Generated API keys: `sk_test_` and 22 random letters and digits, as the service's.
enum EmulatorKey {
    static func generate() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return "sk_test_" + String((0..<22).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
