import Foundation
import Testing
@testable import TaptalentEmulator

@Suite struct JournalTests {
    private func job(_ id: String) -> Mutation {
        .putJob(StoredJob(id: id, title: "Job \(id)", city: "Oslo", state: "Oslo", country: "Norway", status: "ACTIVE"))
    }

    @Test func readsBackEveryCompleteLineAndFlagsATornTail() throws {
        let path = TemporaryFolder.unusedURL("emulator").path + ".log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try Journal(path: path)
        try journal.append(JournalEntry(seq: 1, mutation: job("1")))
        try journal.append(JournalEntry(seq: 2, mutation: job("2")))
        try journal.sync()
        journal.close()
        let whole = try Journal.read(path: path)
        #expect(whole.entries.map(\.seq) == [1, 2])
        #expect(!whole.droppedTail)

        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        for cut in [1, 5, 30] {
            try data.dropLast(cut).write(to: URL(fileURLWithPath: path))
            let torn = try Journal.read(path: path)
            #expect(torn.entries.map(\.seq) == [1], "cut \(cut)")
            #expect(torn.droppedTail)
        }
    }

    @Test func aFlippedByteFailsTheChecksum() throws {
        let path = TemporaryFolder.unusedURL("emulator").path + ".log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var line = try Journal.encode(JournalEntry(seq: 1, mutation: job("7")))
        let index = line.index(line.startIndex, offsetBy: 30)
        line[index] ^= 0x01
        try line.write(to: URL(fileURLWithPath: path))
        let read = try Journal.read(path: path)
        #expect(read.entries.isEmpty && read.droppedTail)
    }

    @Test func replayIsIdempotent() {
        var once = EmulatorState.initial()
        once.apply(job("2001"))
        var twice = once
        twice.apply(job("2001"))
        #expect(once == twice)
        #expect(twice.nextJobNumber == 2002)
    }
}
