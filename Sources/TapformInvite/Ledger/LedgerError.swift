/// A ledger file that cannot be used. The description names the file and, where known, the line.
public struct LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        (line.map { "\(path):\($0)" } ?? path) + ": " + message
    }
}
