import Foundation
import Testing
@testable import TapformSpec
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hostile file system: every path tapform cannot read is an error naming it (never skipped, never
/// waited on), and files editors write are accepted.
@Suite("hostile file system")
struct FileSystemTests {
    static let valid = "name: Plain Screen\nrole: Engineer\n"

    static func link(_ folder: TemporaryFolder, _ path: String, to destination: String) throws {
        let url = folder.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    static func fifo(_ folder: TemporaryFolder, _ path: String) throws -> String {
        let url = folder.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(url.path, 0o644) == 0)
        return url.path
    }

    /// Runs `body` on another thread and fails the test if it has not returned within a minute; then
    /// `unblock` (e.g. opening the FIFO for writing) lets a blocked reader go, so the run never hangs.
    static func withHangGuard<T: Sendable>(unblock: () -> Void, _ body: @escaping @Sendable () -> T) -> T? {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        Thread.detachNewThread {
            box.value = body()
            done.signal()
        }
        if done.wait(timeout: .now() + 60) == .timedOut {
            Issue.record("the loader blocked on the file for a minute")
            unblock()
            done.wait()
        }
        return box.value
    }

    final class ResultBox<T: Sendable>: @unchecked Sendable {
        var value: T?
    }

    static func writerUnblocking(_ path: String) -> () -> Void {
        { let descriptor = open(path, O_WRONLY | O_NONBLOCK); if descriptor >= 0 { close(descriptor) } }
    }

    @Test("a FIFO named like an assessment is an error, never opened for a blocking read")
    func fifoIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("assessments/a.yaml", Self.valid)
        let path = try Self.fifo(folder, "assessments/x.yaml")
        let url = folder.url
        let result = Self.withHangGuard(unblock: Self.writerUnblocking(path)) { SpecLoader.loadProject(root: url) }
        let errors = result?.diagnostics.filter(\.isError) ?? []
        #expect(errors.map(\.file) == ["assessments/x.yaml"])
        #expect(errors.first?.code == .unreadableFile)
        #expect(errors.first?.message.contains("FIFO") == true, "\(errors)")
    }

    @Test("a FIFO as tapform.yaml, as a template or named on the command line is an error too")
    func fifoEverywhere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("assessments/a.yaml", Self.valid)
        let config = try Self.fifo(folder, "tapform.yaml")
        let template = try Self.fifo(folder, "templates/base.yaml")
        let url = folder.url
        let unblock = { Self.writerUnblocking(config)(); Self.writerUnblocking(template)() }
        let result = Self.withHangGuard(unblock: unblock) { SpecLoader.loadProject(root: url) }
        #expect(Set(result?.diagnostics.filter(\.isError).map(\.file) ?? []) == ["tapform.yaml", "templates/base.yaml"])

        let named = try Self.fifo(folder, "elsewhere/x.yaml")
        let byName = Self.withHangGuard(unblock: Self.writerUnblocking(named)) {
            SpecLoader.loadProject(root: url, paths: ["elsewhere/x.yaml"])
        }
        #expect(byName?.diagnostics.contains { $0.file == "elsewhere/x.yaml" && $0.message.contains("FIFO") } == true)
    }

    @Test("a symlink to nothing is an error naming its target, whatever its name (it may have been a folder)")
    func danglingSymlink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("assessments/a.yaml", Self.valid)
        try Self.link(folder, "assessments/gone.yaml", to: "moved-away.yaml")
        try Self.link(folder, "assessments/team", to: "../old-team")
        let result = SpecLoader.loadProject(root: folder.url)
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.map(\.file) == ["assessments/gone.yaml", "assessments/team"])
        #expect(errors.first?.message == "is a symlink to \"moved-away.yaml\", which does not exist")
        #expect(result.hasErrors, "a plan never runs (so never prunes) while a file is missing")
    }

    @Test("a symlink loop is an error, not a skipped file")
    func symlinkLoop() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.link(folder, "assessments/a.yaml", to: "b.yaml")
        try Self.link(folder, "assessments/b.yaml", to: "a.yaml")
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics.map(\.file) == ["assessments/a.yaml", "assessments/b.yaml"])
        #expect(result.diagnostics.allSatisfy { $0.message.contains("symlink loop") }, "\(result.diagnostics)")
    }

    @Test("a folder symlinked from outside the repository is refused, like a file")
    func folderLinkOutside() throws {
        let outside = try TemporaryFolder()
        let folder = try TemporaryFolder()
        defer { outside.remove(); folder.remove() }
        try outside.write("team/stolen.yaml", Self.valid)
        try Self.link(folder, "assessments/team", to: outside.url.appendingPathComponent("team").path)
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics.map(\.code) == [.pathEscape])
        #expect(result.diagnostics.first?.file == "assessments/team")
    }

    @Test("a folder named x.yaml is searched, not read as a file")
    func folderNamedYAML() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("assessments/x.yaml/inner.yaml", Self.valid)
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics == [])
        #expect(result.files == ["assessments/x.yaml/inner.yaml"])
    }

    @Test("a file name that is not UTF-8 is an error, not dropped")
    func nonUTF8Name() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("assessments/a.yaml", Self.valid)
        var name = Array(folder.url.appendingPathComponent("assessments").path.utf8) + [0x2F, 0x62, 0xFF, 0x2E, 0x79, 0x61, 0x6D, 0x6C]
        name.append(0)
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.file == "assessments/b\u{FFFD}.yaml")
        #expect(result.diagnostics.first?.message.contains("not valid UTF-8") == true)
    }

    @Test("a huge file is refused from its size, before it is read")
    func hugeSparseFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("assessments/huge.yaml", Self.valid)
        let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent("assessments/huge.yaml"))
        try handle.truncate(atOffset: 1 << 33)  // 8 GiB, sparse: reading it whole would take minutes
        try handle.close()
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
        #expect(result.diagnostics.first?.message.contains("\(1 << 33) bytes") == true)
    }

    @Test("a UTF-8 byte order mark is accepted, and positions do not count it")
    func byteOrderMark() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("assessments/bom.yaml", Data(ByteOrderMark.utf8 + Array("name: BOM Screen\nrole: Engineer\nrole2: x\n".utf8)))
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics.map(\.code) == [.unknownKey])
        #expect(result.diagnostics.first?.line == 3)
        #expect(result.diagnostics.first?.column == 1)
        #expect(result.assessments.isEmpty)
        let clean = SpecLoader.loadProject(files: ["assessments/bom.yaml": "\u{FEFF}name: BOM Screen\nrole: Engineer\n"])
        #expect(clean.diagnostics == [])
        #expect(clean.assessments.first?.name.value == "BOM Screen")
        #expect(clean.assessments.first?.name.location.column == 7)
    }

    @Test("a project folder that does not exist is an error, not an empty project")
    func missingRoot() {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tapform-missing-\(UUID().uuidString)")
        let result = SpecLoader.loadProject(root: root)
        #expect(result.hasErrors)
        #expect(result.diagnostics.first?.message == "project folder does not exist")
        #expect(!FileManager.default.fileExists(atPath: root.path), "nothing is created")
    }

    @Test("a folder that cannot be listed is an error", .enabled(if: geteuid() != 0, "root may list any folder"))
    func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        defer {
            chmod(folder.url.appendingPathComponent("assessments/locked").path, 0o755)
            folder.remove()
        }
        try folder.write("assessments/locked/a.yaml", Self.valid)
        chmod(folder.url.appendingPathComponent("assessments/locked").path, 0)
        let result = SpecLoader.loadProject(root: folder.url)
        #expect(result.diagnostics.map(\.file) == ["assessments/locked"])
        #expect(result.diagnostics.first?.message.contains("Permission denied") == true)
    }

    @Test("RegularFile refuses a FIFO without opening it for a blocking read, and reports a missing file")
    func regularFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try Self.fifo(folder, "plan.json")
        let outcome = Self.withHangGuard(unblock: Self.writerUnblocking(path)) {
            RegularFile.read(atPath: path, limit: 100)
        }
        #expect(outcome.flatMap { try? $0.get() } == nil)
        if case .failure(let failure)? = outcome { #expect(failure == .notRegular("a FIFO (named pipe)")) }
        #expect(RegularFile.read(atPath: folder.url.appendingPathComponent("none").path, limit: 1)
            == .failure(.missing(danglingTarget: nil)))
        try folder.write("small", "12345")
        #expect(RegularFile.read(atPath: folder.url.appendingPathComponent("small").path, limit: 4)
            == .failure(.tooLarge(bytes: 5, limit: 4)))
    }
}
