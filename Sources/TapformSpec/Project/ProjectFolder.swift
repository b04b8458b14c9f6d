import Foundation

/// The project folder (`-C DIR`, else the current one) must exist and be a folder: nothing is read from,
/// or created in, a folder that is not there.
public enum ProjectFolder {
    /// Why `root` cannot be a project folder ("does not exist", "is a file, not a folder", …), or nil.
    public static func problem(_ root: URL) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            return "project folder does not exist"
        }
        return isDirectory.boolValue ? nil : "is a file, not a project folder"
    }
}
