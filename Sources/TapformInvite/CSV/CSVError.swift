/// A CSV file that cannot be read. The description names the file and, where known, the line.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A byte sequence that is not UTF-8 (the line is the first line holding one).
        case notUTF8
        /// The file starts with a UTF-16 byte order mark.
        case utf16
        /// A quoted field is still open at the end of the file (the line is where the field starts).
        case unterminatedQuote
        /// The file holds no header line.
        case noHeader
        /// The file could not be opened or read.
        case unreadable(String)
    }

    public var file: String
    public var line: Int?
    public var reason: Reason

    public init(file: String, line: Int?, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        switch reason {
        case .notUTF8:
            return "\(place): not valid UTF-8 text; save the file as UTF-8 (CSV UTF-8 in spreadsheet programs)"
        case .utf16:
            return "\(place): the file is UTF-16; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)"
        case .unterminatedQuote:
            return "\(place): a quoted field starting on this line is never closed (missing \")"
        case .noHeader:
            return "\(place): the file is empty; expected a header line such as: email,first_name,last_name"
        case .unreadable(let why):
            return "\(place): cannot read the file: \(why)"
        }
    }
}
