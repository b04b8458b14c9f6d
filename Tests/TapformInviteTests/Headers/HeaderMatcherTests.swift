import Testing
@testable import TapformInvite

@Suite("Header matching")
struct HeaderMatcherTests {
    @Test(arguments: ["Email", "E-mail Address", "email_address", "e-mail", "mail", " EMAIL ", "Email Address:"])
    func emailVariants(name: String) throws {
        let columns = try HeaderMatcher.match(header: ["x", name], fileName: "f.csv")
        #expect(columns.email == 1)
        #expect(columns.ignored == ["x"])
    }

    @Test(arguments: ["First Name", "first_name", "firstname", "given name", "FIRST-NAME"])
    func firstNameVariants(name: String) throws {
        #expect(try HeaderMatcher.match(header: ["email", name], fileName: "f.csv").firstName == 1)
    }

    @Test(arguments: ["Last Name", "last_name", "surname", "family name", "LastName"])
    func lastNameVariants(name: String) throws {
        #expect(try HeaderMatcher.match(header: ["email", name], fileName: "f.csv").lastName == 1)
    }

    @Test func fullNameIsUsedOnlyWithoutSeparateNameColumns() throws {
        let alone = try HeaderMatcher.match(header: ["Full Name", "Email"], fileName: "f.csv")
        #expect(alone.fullName == 0)
        #expect(alone.ignored.isEmpty)
        let both = try HeaderMatcher.match(header: ["Name", "Email", "First Name", "Phone"], fileName: "f.csv")
        #expect(both.fullName == nil)
        #expect(both.firstName == 2)
        #expect(both.ignored == ["Name", "Phone"])
    }

    @Test func missingEmailListsTheHeadersFound() {
        #expect(throws: HeaderError.missingEmail(file: "f.csv", headersFound: ["name", "phone"])) {
            try HeaderMatcher.match(header: ["name", "phone"], fileName: "f.csv")
        }
        let text = HeaderError.missingEmail(file: "f.csv", headersFound: ["name", "phone"]).description
        #expect(text.contains("f.csv") && text.contains("\"name\", \"phone\""))
    }

    @Test func twoEmailColumnsAreAmbiguous() {
        #expect(throws: HeaderError.ambiguous(file: "f.csv", role: "email", columns: ["Email", "e-mail"])) {
            try HeaderMatcher.match(header: ["Email", "e-mail"], fileName: "f.csv")
        }
    }

    @Test func fullNameSplitting() {
        #expect(NameSplitter.split("Ada Lovelace") == ("Ada", "Lovelace"))
        #expect(NameSplitter.split(" Ludwig  van Beethoven ") == ("Ludwig", "van Beethoven"))
        #expect(NameSplitter.split("Lovelace, Ada") == ("Ada", "Lovelace"))
        #expect(NameSplitter.split("Madonna") == ("Madonna", nil))
        #expect(NameSplitter.split("  ") == (nil, nil))
    }
}
