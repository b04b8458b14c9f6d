import Foundation
import Testing
@testable import TapformInvite

@Suite("Failed rows export")
struct ExportTests {
    @Test func failedRowsRoundTripThroughTheReader() throws {
        let url = try TemporaryFolder("invite").url.appendingPathComponent("failed.csv")
        let writer = try FailedRowsWriter(url: url, header: ["Email", "First Name", "Notes"])
        try writer.write(InvalidRow(line: 3, fields: ["bad", "Ann, \"Jr\"", "multi\nline"], problem: .emailWithoutAt))
        try writer.write(InviteCandidate(email: "b@x.io", firstName: nil, lastName: nil, line: 4, fields: ["b@x.io"]),
                         reason: "HTTP 500: server error")
        try writer.close()
        #expect(writer.rowCount == 2)

        let reader = try CSVReader(url: url)
        #expect(reader.header == ["Email", "First Name", "Notes", "reason"])
        #expect(try reader.next() == CSVRecord(line: 2, fields: ["bad", "Ann, \"Jr\"", "multi\nline", "email has no @"]))
        #expect(try reader.next() == CSVRecord(line: 4, fields: ["b@x.io", "", "", "HTTP 500: server error"]))
        #expect(try reader.next() == nil)
        // The file can be fed back: the reason column is ignored as an extra column.
        #expect(try InviteBatch(csv: url).columns.ignored == ["Notes", "reason"])
    }

    @Test func aRetryOfARetryReusesTheReasonColumn() throws {
        let url = try TemporaryFolder("invite").url.appendingPathComponent("failed.csv")
        let writer = try FailedRowsWriter(url: url, header: ["email", "reason"])
        try writer.write(fields: ["a@x.io", "old reason"], reason: "new reason")
        try writer.close()
        let result = try readAll(bytes: [UInt8](try Data(contentsOf: url)))
        #expect(result.header == ["email", "reason"])
        #expect(result.records.map(\.fields) == [["a@x.io", "new reason"]])
    }
}
