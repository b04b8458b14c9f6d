import Foundation
import Testing
@testable import TapformInvite

/// Every csv-spectrum file read to exactly the rows of its JSON twin.
@Suite("csv-spectrum acid test")
struct CSVSpectrumTests {
    static let csvDirectory = RepositoryPaths.testData.appendingPathComponent("csv-spectrum/csvs")
    static let jsonDirectory = RepositoryPaths.testData.appendingPathComponent("csv-spectrum/json")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: csvDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// Fields where the upstream twin disagrees with its own CSV: csv-spectrum issue #20
    /// (github.com/max-mapper/csv-spectrum/issues/20) reports that location_coordinates.json says
    /// `1234567890` while the CSV holds `2095257564`. Those fields are checked against the CSV's bytes.
    static let upstreamDefects: [String: [String: String]] = [
        "location_coordinates": ["Contact Phone Number": "2095257564"],
    ]

    @Test func allFilesArePresent() {
        #expect(Self.files.count >= 12)
    }

    @Test(arguments: files)
    func fileMatchesItsJSONTwin(name: String) throws {
        let url = Self.csvDirectory.appendingPathComponent(name + ".csv")
        let bytes = [UInt8](try Data(contentsOf: url))
        var expected = try expectedRows(name)
        for (field, value) in Self.upstreamDefects[name] ?? [:] {
            for index in expected.indices { expected[index][field] = value }
        }
        // The `_crlf` files lost their CRs when this copy was checked out: read them as stored (the
        // twin's CRLF inside fields becomes LF) and also with their CRLF line breaks restored.
        if name.hasSuffix("_crlf"), !bytes.contains(ASCII.cr) {
            let asStored = expected.map { $0.mapValues { $0.replacingOccurrences(of: "\r\n", with: "\n") } }
            #expect(try rowsOf(bytes: bytes) == asStored)
            #expect(try rowsOf(bytes: restoreCRLF(bytes)) == expected)
        } else {
            #expect(try rowsOf(bytes: bytes) == expected)
        }
        #expect(try rowsOfFile(url) == rowsOf(bytes: bytes))
    }

    private func rowsOfFile(_ url: URL) throws -> [[String: String]] {
        let reader = try CSVReader(url: url, chunkSize: 5)
        var rows: [[String: String]] = []
        while let record = try reader.next() { rows.append(keyed(record, by: reader.header)) }
        return rows
    }

    private func rowsOf(bytes: [UInt8]) throws -> [[String: String]] {
        let result = try readWithAllChunkSizes(bytes: bytes)
        return result.records.map { keyed($0, by: result.header) }
    }

    private func keyed(_ record: CSVRecord, by header: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(header, record.fields))
    }

    private func restoreCRLF(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == ASCII.lf ? [ASCII.cr, ASCII.lf] : [$0] }
    }

    /// The twin's rows. One twin holds a bare object rather than an array (csv-spectrum issue #22):
    /// it is read as a single row.
    private func expectedRows(_ name: String) throws -> [[String: String]] {
        let data = try Data(contentsOf: Self.jsonDirectory.appendingPathComponent(name + ".json"))
        let json = try JSONSerialization.jsonObject(with: data)
        if let rows = json as? [[String: String]] { return rows }
        return [try #require(json as? [String: String])]
    }
}
