import Foundation

/// The UTF-8 byte order mark that editors on Windows write at the start of a file. tapform reads a file
/// with it as without it, and a file it rewrites keeps it.
public enum ByteOrderMark {
    public static let utf8: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes without a leading mark, and whether there was one.
    public static func strip(_ data: Data) -> (data: Data, hadMark: Bool) {
        data.starts(with: utf8) ? (Data(data.dropFirst(utf8.count)), true) : (data, false)
    }
}
