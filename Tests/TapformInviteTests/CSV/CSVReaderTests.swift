import Testing
@testable import TapformInvite

@Suite("CSV reader rules")
struct CSVReaderTests {
    private func read(_ text: String) throws -> (header: [String], records: [CSVRecord]) {
        try readWithAllChunkSizes(bytes: Array(text.utf8))
    }

    private func rows(_ text: String) throws -> [[String]] {
        try read(text).records.map(\.fields)
    }

    @Test func simpleRowsWithLineNumbers() throws {
        let result = try read("email,name\na@x.io,Ann\nb@x.io,Bob\n")
        #expect(result.header == ["email", "name"])
        #expect(result.records == [CSVRecord(line: 2, fields: ["a@x.io", "Ann"]), CSVRecord(line: 3, fields: ["b@x.io", "Bob"])])
    }

    @Test func quotedFieldWithDelimiterQuoteAndNewline() throws {
        let result = try read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\nlast,row\n")
        #expect(result.records.map(\.fields) == [["x, y", "say \"hi\""], ["multi\nline", "z"], ["last", "row"]])
        #expect(result.records.map(\.line) == [2, 3, 5])
    }

    @Test func crlfLoneCRAndMixedLineBreaks() throws {
        #expect(try rows("a,b\r\n1,2\r\n3,4") == [["1", "2"], ["3", "4"]])
        #expect(try rows("a,b\r1,2\r3,4\r") == [["1", "2"], ["3", "4"]])
        let mixed = try read("a,b\r\n1,2\n3,4\r5,6\r\n")
        #expect(mixed.records.map(\.line) == [2, 3, 4])
        #expect(mixed.records.map(\.fields) == [["1", "2"], ["3", "4"], ["5", "6"]])
    }

    @Test func crlfInsideQuotesIsKeptAndCountsAsOneLine() throws {
        let result = try read("a,b\r\n\"x\r\ny\",1\r\nz,2\r\n")
        #expect(result.records == [CSVRecord(line: 2, fields: ["x\r\ny", "1"]), CSVRecord(line: 4, fields: ["z", "2"])])
    }

    @Test func byteOrderMarkIsStripped() throws {
        let result = try readWithAllChunkSizes(bytes: [0xEF, 0xBB, 0xBF] + Array("Email,Name\nа@x.io,Ан\n".utf8))
        #expect(result.header == ["Email", "Name"])
        #expect(result.records.map(\.fields) == [["а@x.io", "Ан"]])
    }

    @Test func semicolonAndTabAreDetectedFromTheHeader() throws {
        let semicolon = try read("email;first;last\na@x.io;Ann;Lee\n")
        #expect(semicolon.header == ["email", "first", "last"])
        #expect(semicolon.records.map(\.fields) == [["a@x.io", "Ann", "Lee"]])
        let tab = try read("email\tfirst\na@x.io\tAnn, Jr\n")
        #expect(tab.records.map(\.fields) == [["a@x.io", "Ann, Jr"]])
    }

    @Test func delimitersInsideQuotedHeaderNamesDoNotCount() throws {
        let result = try read("\"a;b;c\",d,e\n1,2,3\n")
        #expect(result.header == ["a;b;c", "d", "e"])
    }

    @Test func mostFrequentDelimiterWinsAndCommaWinsATie() throws {
        #expect(try read("a;b,c;d\n1;2,3;4\n").header == ["a", "b,c", "d"])
        #expect(try read("a;b,c\n1;2,3\n").header == ["a;b", "c"])
        #expect(try read("a\tb;c\n").header == ["a\tb", "c"])
        #expect(try read("a\tb\tc;d\n").header == ["a", "b", "c;d"])
        #expect(try read("email\nx@y.io\n").header == ["email"])
    }

    @Test func blankLinesAreSkippedButCountedInLineNumbers() throws {
        let result = try read("\n\r\nemail,name\n\n  \na@x.io,Ann\r\n\r\n,\nb@x.io,Bob")
        #expect(result.header == ["email", "name"])
        #expect(result.records == [
            CSVRecord(line: 5, fields: ["  "]),
            CSVRecord(line: 6, fields: ["a@x.io", "Ann"]),
            CSVRecord(line: 9, fields: ["b@x.io", "Bob"]),
        ])
    }

    @Test func trailingDelimitersBeyondTheHeaderAreDropped() throws {
        #expect(try read("email,name,\na@x.io,Ann,,,\nb@x.io,,\n").records.map(\.fields) == [["a@x.io", "Ann"], ["b@x.io", ""]])
        #expect(try rows("a,b\n1,2,3,\n") == [["1", "2", "3"]])
        #expect(try rows("a,b,c\n1\n") == [["1"]])
    }

    @Test func strayQuoteInUnquotedFieldIsKeptLiterally() throws {
        #expect(try rows("a,b\nab\"c,O\"Brien\n") == [["ab\"c", "O\"Brien"]])
        #expect(try rows("a,b\n \"x\",y\n") == [[" \"x\"", "y"]])
    }

    @Test func textAfterAClosingQuoteIsAppended() throws {
        #expect(try rows("a,b\n\"ab\"c,d\n") == [["abc", "d"]])
    }

    @Test func emptyQuotedFieldsAndEmptyLastField() throws {
        #expect(try rows("a,b,c\n\"\",x,\n") == [["", "x", ""]])
    }

    @Test func multiByteCharactersAcrossChunkBoundaries() throws {
        let text = "name,emoji\nZoë,👩🏽‍💻\n\"日本語\r\n„quoted“\",ʤ\r\n"
        let result = try read(text)
        #expect(result.records.map(\.fields) == [["Zoë", "👩🏽‍💻"], ["日本語\r\n„quoted“", "ʤ"]])
        #expect(result.records.map(\.line) == [2, 3])
    }

    @Test func notUTF8NamesTheFirstBadLine() throws {
        let bytes = Array("email,name\na@x.io,Ann\n\"b@x.io\",\"multi\nline ".utf8) + [0xE9] + Array("\"\nc@x.io,\u{E9}\n".utf8)
        let error = try #require(try readErrorWithAllChunkSizes(bytes: bytes))
        #expect(error == CSVError(file: "t.csv", line: 4, reason: .notUTF8))
        #expect(error.description.hasPrefix("t.csv:4: not valid UTF-8"))
    }

    @Test func notUTF8InHeaderAndTruncatedSequenceAtEnd() throws {
        #expect(try readErrorWithAllChunkSizes(bytes: [0x61, 0xFF, 0x0A]) == CSVError(file: "t.csv", line: 1, reason: .notUTF8))
        #expect(try readErrorWithAllChunkSizes(bytes: Array("a\n\n1\n2".utf8) + [0xC3]) == CSVError(file: "t.csv", line: 4, reason: .notUTF8))
    }

    @Test func utf16IsRefusedWithAHint() throws {
        let error = try readErrorWithAllChunkSizes(bytes: [0xFF, 0xFE, 0x61, 0x00])
        #expect(error?.reason == .utf16)
    }

    @Test func unterminatedQuoteNamesTheLineWhereTheFieldStarted() throws {
        let error = try readErrorWithAllChunkSizes(bytes: Array("a,b\n1,2\n3,\"open\nstill\nopen".utf8))
        #expect(error == CSVError(file: "t.csv", line: 3, reason: .unterminatedQuote))
    }

    @Test func emptyFileHasNoHeader() throws {
        #expect(try readErrorWithAllChunkSizes(bytes: [])?.reason == .noHeader)
        #expect(try readErrorWithAllChunkSizes(bytes: [0xEF, 0xBB, 0xBF, 0x0D, 0x0A])?.reason == .noHeader)
    }

    @Test func headerOnlyFileHasNoRecords() throws {
        let result = try read("email,name\r\n")
        #expect(result.header == ["email", "name"])
        #expect(result.records.isEmpty)
    }
}
