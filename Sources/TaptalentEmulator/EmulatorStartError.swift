/// Why the emulator could not start.
public enum EmulatorStartError: Error, CustomStringConvertible, Sendable {
    /// Another running emulator holds the data directory.
    case dataDirectoryInUse(path: String)
    /// A file in the data directory cannot be read or written.
    case damagedData(path: String, reason: String)
    /// The server could not listen on the address.
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .dataDirectoryInUse(let path):
            return "\(path): the data directory is in use by another running emulator (tapform sandbox serve or --env local)"
        case .damagedData(let path, let reason):
            return "\(path): \(reason)"
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host):\(port): \(reason)"
        }
    }
}
