import Foundation
import Testing
@testable import TapformInvite

@Suite("Failed rows and results export")
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

    static let sample = [
        CandidateResult(email: "=cmd@x.io", firstName: "+Ann", lastName: "-Lee", score: 87, cefrLevel: "B2",
                        submittedAt: 1_714_555_800_123, reportUrl: "https://r.example/1"),
        CandidateResult(email: "bo@x.io", firstName: "Bo, \"B\"", lastName: "@home", score: -5.5, cefrLevel: nil,
                        submittedAt: nil, reportUrl: nil),
        CandidateResult(email: "t@x.io", firstName: "\tTab", lastName: "\rCR", score: nil),
    ]

    @Test func resultsCSVNeutralisesFormulasAndQuotes() throws {
        let csv = ResultsCSV.render(Self.sample)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[1] == "'=cmd@x.io,'+Ann,'-Lee,87,B2,2024-05-01T09:30:00.123Z,https://r.example/1")
        #expect(lines[2] == #"bo@x.io,"Bo, ""B""",'@home,-5.5,,,"#)
        #expect(csv.contains("t@x.io,\"'\tTab\",\"'\rCR\""))
        #expect(csv.hasSuffix("\r\n"))
        // tapform's own reader undoes the neutralising.
        let rows = try readAll(csv).records.map(\.fields)
        #expect(try readAll(csv).header == CandidateResult.columns)
        #expect(rows == [
            ["=cmd@x.io", "+Ann", "-Lee", "87", "B2", "2024-05-01T09:30:00.123Z", "https://r.example/1"],
            ["bo@x.io", "Bo, \"B\"", "@home", "-5.5", "", "", ""],
            ["t@x.io", "\tTab", "\rCR", "", "", "", ""],
        ])
    }

    @Test func resultsJSON() throws {
        let json = try ResultsJSON.render(Self.sample)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.count == 3)
        #expect(parsed[0]["email"] as? String == "=cmd@x.io")
        #expect(parsed[0]["score"] as? Double == 87)
        #expect(parsed[0]["submittedAt"] as? String == "2024-05-01T09:30:00.123Z")
        #expect(parsed[1]["cefrLevel"] is NSNull)
        #expect(parsed[1]["score"] as? Double == -5.5)
        #expect(Set(parsed[2].keys) == Set(CandidateResult.columns))
    }

    @Test func tableAlignsByDisplayWidthAndTruncates() {
        let results = [
            CandidateResult(email: "ann@x.io", firstName: "日本", lastName: "Lee", score: 87, cefrLevel: "B2",
                            submittedAt: 1_714_555_800_123, reportUrl: "https://r.example/" + String(repeating: "x", count: 60)),
            CandidateResult(email: "zoë@x.io", firstName: "Zoe\u{301}\u{1B}[2J", lastName: "👩🏽‍💻", score: 100),
        ]
        let lines = ResultsTable.render(results, maxColumnWidth: 20).split(separator: "\n").map(String.init)
        #expect(lines == [
            "EMAIL     FIRST NAME  LAST NAME  SCORE  CEFR  SUBMITTED             REPORT",
            "────────  ──────────  ─────────  ─────  ────  ────────────────────  ────────────────────",
            "ann@x.io  日本        Lee           87  B2    2024-05-01 09:30 UTC  https://r.example/x…",
            "zoë@x.io  Zoé�[2J     👩🏽‍💻           100",
        ])
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("Zoe\u{301}") == 3)
        #expect(DisplayWidth.truncate("日本語です", to: 6) == "日本…")
    }
}
