import Foundation
import Testing
@testable import TapformInvite
import TaptalentContract

@Suite("Row validation and de-duplication")
struct ValidationTests {
    @Test(arguments: [
        ("  ann@example.com ", "ann@example.com"),
        ("o'brien+tag@mail.example.co.uk", "o'brien+tag@mail.example.co.uk"),
        ("zoë@exämple.de", "zoë@exämple.de"),
    ])
    func acceptedEmails(raw: String, trimmed: String) {
        #expect(EmailSyntax.check(raw) == .success(trimmed))
    }

    @Test(arguments: [
        ("", RowProblem.emailMissing),
        ("   ", .emailMissing),
        ("ann.example.com", .emailWithoutAt),
        ("a@b@example.com", .emailWithSeveralAts),
        ("@example.com", .emailLocalPartEmpty),
        ("ann@localhost", .emailDomainInvalid),
        ("ann@example..com", .emailDomainInvalid),
        ("ann@.com", .emailDomainInvalid),
        ("ann@example.com.", .emailDomainInvalid),
        ("ann @example.com", .emailContainsSpace),
        ("ann\u{00A0}x@example.com", .emailContainsSpace),
        ("ann\u{200B}@example.com", .emailContainsControlCharacter),
        ("ann\u{7}@example.com", .emailContainsControlCharacter),
        ("ann@example.com;bob@example.com", .emailContainsCharacter(";")),
        ("Ann <ann@example.com>", .emailContainsSpace),
        ("<ann@example.com>", .emailContainsCharacter("<")),
    ])
    func rejectedEmails(raw: String, problem: RowProblem) {
        #expect(EmailSyntax.check(raw) == .failure(problem))
    }

    @Test func emailLengthLimits() {
        let local64 = String(repeating: "a", count: 64)
        #expect(EmailSyntax.check(local64 + "@example.com") == .success(local64 + "@example.com"))
        #expect(EmailSyntax.check(local64 + "a@example.com") == .failure(.emailLocalPartTooLong(length: 65)))
        let domain = String(repeating: "d", count: 185) + ".com"
        #expect(EmailSyntax.check(local64 + "@" + domain) == .success(local64 + "@" + domain))
        #expect(EmailSyntax.check(local64 + "@d" + domain) == .failure(.emailTooLong(length: 255)))
    }

    @Test func nameRules() {
        let max = String(repeating: "n", count: WireLimits.candidateNameMaxLength)
        #expect(NameRules.check(" \(max) ", column: "first name") == .success(max))
        #expect(NameRules.check(max + "n", column: "first name") == .failure(.nameTooLong(column: "first name", length: 201)))
        // Counted in UTF-16 code units: 100 emoji are 200 units, 101 are 202.
        #expect(NameRules.check(String(repeating: "😀", count: 101), column: "last name") == .failure(.nameTooLong(column: "last name", length: 202)))
        #expect(NameRules.check("Ann\nLee", column: "first name") == .failure(.nameContainsControlCharacter(column: "first name")))
        #expect(NameRules.check("evil\u{202E}txt", column: "last name") == .failure(.nameContainsControlCharacter(column: "last name")))
        #expect(NameRules.check("می\u{200C}خواهم", column: "first name") == .success("می\u{200C}خواهم"))
        #expect(NameRules.check("  ", column: "first name") == .success(nil))
        #expect(NameRules.check(nil, column: "first name") == .success(nil))
    }

    @Test func planningAFileReportsLinesReasonsAndDuplicates() throws {
        let csv = """
        E-mail Address;First Name;Last Name;Team\r
        ann@example.com;Ann;Lee;A\r
        not-an-email;Bob;;B\r
        \r
        "ANN@Example.com ";Ann;Again;A\r
        "carl@example.com";"Carl
        Multi";Line;C\r
        dee@example.com;Dee;Day;D;extra\r
        erin@example.com;;;\r
        ann@example.com;;;\r

        """
        let url = try writeTemp(csv)
        let batch = try InviteBatch(csv: url, chunkSize: 3)
        #expect(batch.delimiter == .semicolon)
        #expect(batch.columns.ignored == ["Team"])
        let preflight = try batch.preflight()
        #expect(preflight.validCount == 2)
        #expect(preflight.invalid.map(\.line) == [3, 6, 8])
        #expect(preflight.invalid.map(\.problem) == [
            .emailWithoutAt,
            .nameContainsControlCharacter(column: "first name"),
            .tooManyFields(count: 5, headerCount: 4),
        ])
        #expect(preflight.invalid[0].fields == ["not-an-email", "Bob", "", "B"])
        #expect(preflight.duplicates == [
            DuplicateRow(line: 5, firstLine: 2, email: "ANN@Example.com"),
            DuplicateRow(line: 10, firstLine: 2, email: "ann@example.com"),
        ])

        var valid: [InviteCandidate] = []
        let rows = try batch.rows()
        while let outcome = try rows.next() {
            if case .valid(let candidate) = outcome { valid.append(candidate) }
        }
        #expect(valid == [
            InviteCandidate(email: "ann@example.com", firstName: "Ann", lastName: "Lee", line: 2, fields: ["ann@example.com", "Ann", "Lee", "A"]),
            InviteCandidate(email: "erin@example.com", firstName: nil, lastName: nil, line: 9, fields: ["erin@example.com", "", "", ""]),
        ])
    }

    @Test func outcomesAsAnAsyncSequence() async throws {
        let url = try writeTemp("email\na@example.com\nbad\nA@example.com\n")
        var lines: [Int] = []
        for try await outcome in try InviteBatch(csv: url).outcomes() {
            switch outcome {
            case .valid(let candidate): lines.append(candidate.line)
            case .invalid(let row): lines.append(-row.line)
            case .duplicate(let row): lines.append(row.line * 100 + row.firstLine)
            }
        }
        #expect(lines == [2, -3, 402])
    }

    @Test func fullNameColumnIsSplit() throws {
        let url = try writeTemp("Name,Email\n\"Lovelace, Ada\",ada@example.com\nGrace Hopper,grace@example.com\n")
        var names: [String?] = []
        let rows = try InviteBatch(csv: url).rows()
        while let outcome = try rows.next() {
            if case .valid(let candidate) = outcome { names += [candidate.firstName, candidate.lastName] }
        }
        #expect(names == ["Ada", "Lovelace", "Grace", "Hopper"])
    }

    @Test func anInvalidRowDoesNotClaimItsEmail() {
        var classifier = InviteRowClassifier(columns: InviteColumns(email: 0, firstName: 1), headerCount: 2)
        let bad = classifier.classify(CSVRecord(line: 2, fields: ["ann@example.com", "A\u{0}"]))
        let good = classifier.classify(CSVRecord(line: 3, fields: ["ann@example.com", "Ann"]))
        guard case .invalid = bad, case .valid(let candidate) = good else {
            Issue.record("expected invalid then valid, got \(bad) and \(good)")
            return
        }
        #expect(candidate.line == 3)
    }

    @Test func missingEmailColumnFailsWhenOpening() throws {
        let url = try writeTemp("name,phone\nAnn,123\n")
        #expect(throws: HeaderError.missingEmail(file: url.relativePath, headersFound: ["name", "phone"])) {
            try InviteBatch(csv: url)
        }
    }

    @Test func fileErrorsSurfaceInPreflight() throws {
        let url = try writeTemp("email\na@example.com\n\"b@example.com\n")
        #expect(throws: CSVError(file: url.relativePath, line: 3, reason: .unterminatedQuote)) {
            try InviteBatch(csv: url).preflight()
        }
    }

    private func writeTemp(_ text: String) throws -> URL {
        let url = try TemporaryFolder("invite").url.appendingPathComponent("invites.csv")
        try Data(text.utf8).write(to: url)
        return url
    }
}

@Suite("Large invite files")
struct LargeInviteFileTests {
    @Test func tenThousandRowsStreamWithDuplicatesAndInvalidRows() throws {
        var csv = "email,first_name,last_name\r\n"
        for index in 0..<10_000 {
            if index % 100 == 99 {
                csv += "USER\(index - 1)@EXAMPLE.COM,Dup,Row\r\n"
            } else if index % 250 == 0 {
                csv += "broken-\(index),No,At\r\n"
            } else {
                csv += "user\(index)@example.com,First \(index),\"Last, \(index)\"\r\n"
            }
        }
        let url = try TemporaryFolder("invite").url.appendingPathComponent("big.csv")
        try Data(csv.utf8).write(to: url)
        let preflight = try InviteBatch(csv: url).preflight()
        #expect(preflight.duplicates.count == 100)
        #expect(preflight.duplicates.first == DuplicateRow(line: 101, firstLine: 100, email: "USER98@EXAMPLE.COM"))
        #expect(preflight.invalid.count == 40)
        #expect(preflight.validCount == 10_000 - 100 - 40)
    }
}

@Suite("Error messages")
struct ErrorMessageTests {
    @Test func csvErrorsNameTheFileAsGiven() throws {
        let dir = try TemporaryFolder("invite").url
        let url = URL(fileURLWithPath: "invites/batch.csv", relativeTo: URL(fileURLWithPath: dir.path, isDirectory: true))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("invites"), withIntermediateDirectories: true)
        try Data("email\n\"open\n".utf8).write(to: url)
        let error = try #require(csvError { _ = try InviteBatch(csv: url).preflight() })
        #expect(error.description == "invites/batch.csv:2: a quoted field starting on this line is never closed (missing \")")
    }

    @Test func unreadableFileIsAClearError() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/x.csv")
        let error = csvError { _ = try CSVReader(url: url) }
        #expect(error?.file == url.path)
        #expect(error?.description.hasPrefix(url.path + ": cannot read the file") == true)
    }
}
