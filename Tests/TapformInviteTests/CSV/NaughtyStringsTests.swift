import Foundation
import Testing
@testable import TapformInvite
import TapformResults

/// Every string of the Big List of Naughty Strings survives the CSV writer and reader byte for byte,
/// and passes through validation, masking and the exporters without a crash.
@Suite("Naughty strings")
struct NaughtyStringsTests {
    static let strings: [String] = {
        let url = RepositoryPaths.testData.appendingPathComponent("naughty-strings/blns.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }()

    private func sameScalars(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Array($0.utf8) == Array($1.utf8) }
    }

    @Test func listIsLoaded() {
        #expect(Self.strings.count > 500)
    }

    @Test func everyStringRoundTripsInEveryColumnAndChunking() throws {
        var csv = CSVWriter.record(["first", "email", "last"])
        for string in Self.strings {
            csv += CSVWriter.record([string, "x@example.com", string])
        }
        let result = try readWithAllChunkSizes(bytes: Array(csv.utf8))
        #expect(result.records.count == Self.strings.count)
        for (record, string) in zip(result.records, Self.strings) where !sameScalars(record.fields, [string, "x@example.com", string]) {
            Issue.record("line \(record.line): \(string.debugDescription) read back as \(record.fields.debugDescription)")
        }
    }

    @Test func everyStringRoundTripsAsAHeaderName() throws {
        for string in Self.strings {
            let csv = CSVWriter.record([string, "b"]) + CSVWriter.record(["1", "2"])
            let result = try readAll(csv, chunkSize: 3)
            #expect(sameScalars(result.header, [string, "b"]), "\(string.debugDescription)")
            #expect(result.records.map(\.fields) == [["1", "2"]])
        }
    }

    @Test func everyStringIsValidatedMaskedAndExportedWithoutACrash() throws {
        var classifier = InviteRowClassifier(columns: InviteColumns(email: 0, firstName: 1, lastName: 2), headerCount: 3)
        var results: [CandidateResult] = []
        for (index, string) in Self.strings.enumerated() {
            _ = classifier.classify(CSVRecord(line: index + 2, fields: [string, string, string]))
            _ = classifier.classify(CSVRecord(line: index + 2, fields: ["u\(index)@example.com", string, string]))
            _ = EmailMasker.mask(string)
            _ = NameSplitter.split(string)
            results.append(CandidateResult(email: string, firstName: string, lastName: string, score: 50, cefrLevel: string, reportUrl: string))
        }
        let csvRows = try readAll(ResultsCSV.render(results)).records
        #expect(csvRows.count == results.count)
        for (row, string) in zip(csvRows, Self.strings) {
            let cell = row.fields[0]
            #expect(Array(cell.utf8) == Array(string.utf8))
        }
        _ = ResultsTable.render(results, maxColumnWidth: 30)
        let json = try ResultsJSON.render(results)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.count == results.count)
    }
}
