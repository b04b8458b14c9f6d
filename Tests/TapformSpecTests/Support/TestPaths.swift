import Foundation

/// Locations of this target's own test files, found from this source file.
enum TestPaths {
    static let fixtures = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
}
