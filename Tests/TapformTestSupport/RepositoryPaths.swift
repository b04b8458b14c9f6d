import Foundation

/// Places in this checkout that tests read, found from this source file.
public enum RepositoryPaths {
    /// The package root: the nearest folder above this file holding Package.swift.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The test data the repository carries (`Tests/TestData`, see its README).
    public static let testData = root.appendingPathComponent("Tests/TestData")
}
