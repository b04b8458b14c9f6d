import Foundation
import Testing

/// The action's install script (action/install.sh) against a release built here from the debug binary, in
/// the agreed layout (BASE/vVERSION/tapform-VERSION-OS-ARCH.tar.gz holding tapform-VERSION-OS-ARCH/tapform,
/// and SHA256SUMS), served through a file:// URL.
@Suite("GitHub Action: install")
struct ActionInstallTests {
    /// A local release of the built binary, and a runner's folders.
    struct Release {
        let folder: URL
        let version: String
        let platform: String
        let runnerArch: String
        var base: URL { folder.appendingPathComponent("releases") }
        var releaseFolder: URL { base.appendingPathComponent("v\(version)") }
        var archiveName: String { "tapform-\(version)-\(platform).tar.gz" }
        var archive: URL { releaseFolder.appendingPathComponent(archiveName) }
        var sums: URL { releaseFolder.appendingPathComponent("SHA256SUMS") }
        var toolCache: URL { folder.appendingPathComponent("toolcache") }
        var githubPath: URL { folder.appendingPathComponent("github_path") }
        var installed: URL { toolCache.appendingPathComponent("tapform/\(version)/\(runnerArch == "X64" ? "x64" : "arm64")") }

        init() throws {
            folder = try TemporaryFolder("release").url
            let binary = try TapformBinary.executable
            version = try TapformBinary.run(["--version"], in: folder).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let machine = try ActionScript.shell("uname -m", in: folder).trimmingCharacters(in: .whitespacesAndNewlines)
            (platform, runnerArch) = machine == "x86_64" ? ("linux-x86_64", "X64") : ("linux-aarch64", "ARM64")
            let stage = folder.appendingPathComponent("stage/tapform-\(version)-\(platform)")
            try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: binary, to: stage.appendingPathComponent("tapform"))
            try FileManager.default.createDirectory(at: releaseFolder, withIntermediateDirectories: true)
            try ActionScript.shell(
                // gzip -1: the debug binary is large, and any gzip level is the same format to the script.
                "tar -cf - -C stage 'tapform-\(version)-\(platform)' | gzip -1 > '\(archive.path)' && rm -rf stage", in: folder)
            try ActionScript.shell("sha256sum '\(archiveName)' > SHA256SUMS", in: releaseFolder)
            try Data().write(to: githubPath)
        }

        func install(version: String? = nil) throws -> TapformBinary.Result {
            try ActionScript.run("install", in: folder, environment: [
                "TAPFORM_VERSION": version ?? self.version, "TAPFORM_DOWNLOAD_URL": base.absoluteString,
                "RUNNER_TOOL_CACHE": toolCache.path, "RUNNER_TEMP": folder.path, "RUNNER_OS": "Linux",
                "RUNNER_ARCH": runnerArch, "GITHUB_PATH": githubPath.path,
            ])
        }

        var pathLines: [String] {
            (try? String(contentsOf: githubPath, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        }

        var cacheIsEmpty: Bool {
            ((try? FileManager.default.contentsOfDirectory(atPath: toolCache.path)) ?? []).isEmpty
        }
    }

    @Test("installs the verified binary into the tool cache and onto GITHUB_PATH; a second run uses the cache")
    func installsThenUsesTheCache() throws {
        let release = try Release()
        defer { try? FileManager.default.removeItem(at: release.folder) }

        let first = try release.install()
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("checksum verified"), "\(first.stdout)")
        let binary = release.installed.appendingPathComponent("tapform")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
        #expect(release.pathLines == [release.installed.path])
        let runs = try ActionScript.shell("'\(binary.path)' --version", in: release.folder)
        #expect(runs.trimmingCharacters(in: .whitespacesAndNewlines) == release.version)

        try FileManager.default.removeItem(at: release.releaseFolder)
        let second = try release.install(version: "v" + release.version)
        #expect(second.status == 0, "served from the cache with no release to download: \(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("from the tool cache"), "\(second.stdout)")
        #expect(release.pathLines == [release.installed.path, release.installed.path])
    }

    @Test("an archive whose checksum does not match is refused, and nothing is installed")
    func checksumMismatchIsRefused() throws {
        let release = try Release()
        defer { try? FileManager.default.removeItem(at: release.folder) }
        try "\(String(repeating: "0", count: 64))  \(release.archiveName)\n".write(to: release.sums, atomically: true, encoding: .utf8)

        let result = try release.install()
        #expect(result.status == 1)
        #expect(result.stderr.contains("checksum mismatch for \(release.archiveName)"), "\(result.stderr)")
        #expect(result.stderr.contains("refusing to install"))
        #expect(release.cacheIsEmpty, "nothing in the tool cache")
        #expect(release.pathLines.isEmpty, "nothing on GITHUB_PATH")
    }

    @Test("SHA256SUMS without a line for the archive: refused, nothing installed")
    func missingChecksumLineIsRefused() throws {
        let release = try Release()
        defer { try? FileManager.default.removeItem(at: release.folder) }
        try "\(String(repeating: "a", count: 64))  tapform-\(release.version)-macos-arm64.tar.gz\n"
            .write(to: release.sums, atomically: true, encoding: .utf8)

        let result = try release.install()
        #expect(result.status == 1)
        #expect(result.stderr.contains("no checksum line for \(release.archiveName)"), "\(result.stderr)")
        #expect(release.cacheIsEmpty)
        #expect(release.pathLines.isEmpty)
    }

    @Test("an unknown version, or something that is not a version, fails with a clear message")
    func unknownVersionFails() throws {
        let release = try Release()
        defer { try? FileManager.default.removeItem(at: release.folder) }

        let unknown = try release.install(version: "9.9.9")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("is there a release v9.9.9?"), "\(unknown.stderr)")
        let nonsense = try release.install(version: "latest")
        #expect(nonsense.status == 1)
        #expect(nonsense.stderr.contains("'latest' is not a tapform version"), "\(nonsense.stderr)")
        #expect(release.cacheIsEmpty)
        #expect(release.pathLines.isEmpty)
    }
}
