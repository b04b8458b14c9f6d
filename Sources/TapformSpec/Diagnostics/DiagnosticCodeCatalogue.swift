/// Every diagnostic code TapformSpec emits, for documentation and for tests that each has a fixture.
public enum DiagnosticCodeCatalogue {
    public static let all: [DiagnosticCode] = [
        .notUTF8, .fileTooLarge, .unreadableFile, .emptyFile, .pathEscape,
        .yamlSyntax, .tabIndentation, .multipleDocuments, .duplicateKey, .aliasLimit, .tooDeep, .tooManyNodes,
        .unsupportedVersion,
        .unknownKey, .missingKey, .wrongType, .invalidValue, .outOfRange, .tooLong, .tooShort, .tooMany,
        .conflictingKeys, .duplicateSkill, .duplicateQuestion,
        .duplicateName, .duplicateID,
        .unknownTemplate, .ambiguousTemplate, .templateCycle, .unknownVar, .unusedVar, .varSyntax, .invalidName,
        .reservedName, .unknownEnvironment, .invalidURL, .insecureURL, .secretInConfig,
    ]
}
