import Foundation
import TapformPlan
import TaptalentContract

/// The JSON Schema of each report kind, declared once here and published as `schemas/<kind>.schema.json`
/// (`tapform schema --kind plan` prints the same text; a test keeps the files equal to it). The tests
/// check every report kind against its schema with every object closed, so a key the code writes and
/// the schema does not declare fails them.
public enum ReportSchemas {
    public static let draft = "http://json-schema.org/draft-07/schema#"
    /// Where the schemas are published; a schema's `$id` is this plus its path.
    public static let home = "https://github.com/tapform/tapform/blob/main/"

    /// The schema as pretty-printed JSON with sorted keys, ending with a newline.
    public static func text(_ kind: ReportKind) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Built from strings, numbers, booleans, arrays and dictionaries only: serialising cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: object(kind), options: options)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func object(_ kind: ReportKind) -> [String: Any] {
        let (title, body, definitions) = parts(kind)
        var object = SchemaNode.object(header(kind) + body).object
        object["$schema"] = draft
        object["$id"] = home + kind.schemaPath
        object["title"] = title
        if !definitions.isEmpty { object["definitions"] = definitions.mapValues(\.object) }
        return object
    }

    private static func header(_ kind: ReportKind) -> [Property] {
        [.required("schemaVersion", SchemaNode.constant(kind.schemaVersion)
            .described("Bumped on every incompatible change of this report.")),
         .required("kind", SchemaNode.constant(kind.rawValue))]
    }

    private static func parts(_ kind: ReportKind) -> (String, [Property], [String: SchemaNode]) {
        switch kind {
        case .plan:
            return ("tapform plan (plan --format json, plan --out)", planBody, planDefinitions)
        case .apply:
            return ("tapform apply --format json", applyBody, planDefinitions.merging(applyDefinitions) { $1 })
        case .validate:
            return ("tapform validate --format json", validateBody, ["fileDiagnostic": fileDiagnostic])
        case .import:
            return ("tapform import --format json", importBody, [:])
        case .invite:
            return ("tapform invite --format json", inviteBody, ["row": inviteRow])
        case .doctor:
            return ("tapform doctor --format json", doctorBody, [:])
        case .error:
            return ("tapform --format json, a command that failed", errorBody, ["fileDiagnostic": fileDiagnostic])
        case .flowResults:
            return ("tapform results --flow NAME --format json", flowResultsBody, [:])
        }
    }

    // MARK: Shared

    private static let location = SchemaNode.object([
        .required("file", .string), .required("line", .integer), .required("column", .integer),
    ]).described("A place in a file: path relative to the project folder, 1-based line and column.")

    private static let planDiagnostic = SchemaNode.object([
        .required("message", .string), .optional("location", .reference("location")),
    ])

    private static let fileDiagnostic = SchemaNode.object([
        .required("severity", .choice(["error", "warning"])),
        .required("code", .string("A stable kebab-case identifier of the kind of problem.")),
        .required("message", .string),
        .required("file", .string),
        .required("line", .integer("1-based; 0 when the problem has no line.")),
        .required("column", .integer("1-based; 0 when unknown.")),
        .optional("hint", .string),
    ])

    // MARK: Plan

    private static let planBody: [Property] = [
        .required("assessments", .array(.reference("assessmentPlan"))),
        .required("unmanaged", .array(.reference("unmanaged"))),
        .required("warnings", .array(.reference("diagnostic"))),
        .required("identityFingerprint", .string),
        .required("summary", .reference("summary")),
        .optional("flows", .array(.reference("flowPlan"))
            .described("Flows, by file, applied after every assessment; present only when the project has flows.")),
        .optional("madeFor", SchemaNode.object([.required("environment", .string), .required("baseURL", .string)])
            .described("Saved plans only: the environment and API base URL the plan was made for.")),
        .optional("madeFrom", SchemaNode(["type": "object"])
            .described("Saved plans only: what the files resolved to when the plan was made.")),
        .optional("integrity", SchemaNode(["type": "string", "pattern": "^sha256:[0-9a-f]{64}$"])
            .described("Saved plans only: the digest of the rest of the file.")),
    ]

    /// The keys a field diff can name, by the type of their values.
    private static let fieldTypes: [([String], SchemaNode)] = [
        ([SpecKey.name, .role, .purpose, .language, .job].map(\.rawValue) + [QuestionKey.text, .idealAnswer].map(\.rawValue), .string),
        ([SpecKey.durationMinutes.rawValue, QuestionKey.timeLimitSeconds.rawValue], .integer),
        ([SpecKey.emailVerification, .evaluateCEFR].map(\.rawValue), .boolean),
        ([SpecKey.skills.rawValue], .array(.string)),
        ([SpecKey.status.rawValue], .choice(AssessmentStatus.allCases.map(\.rawValue))),
    ]

    private static let settings = SchemaNode.object([
        .required("name", .string), .required("role", .string), .optional("purpose", .string),
        .required("durationMinutes", .integer), .required("language", .string), .required("skills", .array(.string)),
        .optional("job", .string), .required("emailVerification", .boolean), .required("evaluateCEFR", .boolean),
        .required("status", .choice(AssessmentStatus.allCases.map(\.rawValue))),
    ])

    private static let questionContent = SchemaNode.object([
        .required("text", .string), .required("timeLimitSeconds", .integer), .optional("idealAnswer", .string),
    ])

    /// A field that can be cleared: `{}` clears it, `{"value": …}` sets it.
    private static let newText = SchemaNode.object([.optional("value", .string)])

    private static func step(_ kind: PlanStep.Kind) -> SchemaNode {
        let fields: [Property]
        switch kind {
        case .createAssessment:
            fields = [.required("settings", .reference("settings")), .required("questions", .array(.reference("questionContent")))]
        case .autoGenerate:
            fields = [.required("settings", .reference("settings")), .optional("count", .integer)]
        case .updateSettings:
            fields = [
                .optional("name", .string), .optional("role", .string), .optional("purpose", .reference("newText")),
                .optional("durationMinutes", .integer), .optional("language", .string), .optional("skills", .array(.string)),
                .optional("job", .reference("newText")), .optional("emailVerification", .boolean),
                .optional("evaluateCEFR", .boolean), .optional("status", .choice(AssessmentStatus.allCases.map(\.rawValue))),
            ]
        case .deleteQuestion:
            fields = [.required("questionId", .string), .required("text", .string)]
        case .updateQuestion:
            fields = [
                .required("questionId", .string), .optional("text", .string), .optional("timeLimitSeconds", .integer),
                .optional("idealAnswer", .reference("newText")), .optional("order", .integer),
                .optional("location", .reference("location")),
            ]
        case .addQuestion:
            fields = [.required("content", .reference("questionContent")), .optional("order", .integer),
                      .optional("location", .reference("location"))]
        }
        return .object([.required("kind", .constant(kind.rawValue))] + fields)
    }

    /// One changed field of one of `types`' keys: the typed values, and their display forms.
    private static func fieldDiff(_ types: [([String], SchemaNode)]) -> SchemaNode {
        SchemaNode.anyOf(types.map { fields, value in
            SchemaNode.object([
                .required("field", SchemaNode.choice(fields).described("The file's key.")),
                .required("old", value.orNull.described("The typed old value; null when absent.")),
                .required("new", value.orNull.described("The typed new value; null when absent.")),
                .required("oldDisplay", SchemaNode.string.orNull.described("The old value as the human plan shows it.")),
                .required("newDisplay", SchemaNode.string.orNull.described("The new value as the human plan shows it.")),
                .optional("location", .reference("location")),
            ])
        }).described("One changed field: the typed values, and their display forms.")
    }

    private static let statusChoice = SchemaNode.choice(AssessmentStatus.allCases.map(\.rawValue))

    /// A flow step as a create or an update sends it, its assessment by id or by the name of one this apply creates.
    private static let flowStepContent = SchemaNode.object([
        .required("assessment", .object([
            .required("name", .string),
            .optional("id", .string("Absent when the assessment is created by the same apply.")),
        ])),
        .required("passThreshold", .number),
        .optional("name", .string), .optional("instructions", .string), .optional("passAction", .string),
    ])

    private static func flowStep(_ kind: FlowPlanStep.Kind) -> SchemaNode {
        let fields: [Property]
        switch kind {
        case .createFlow:
            fields = [
                .required("name", .string), .optional("description", .string),
                .required("steps", .array(.reference("flowStepContent"))),
                .required("status", statusChoice),
                .optional("replaces", .string("--replace: the id of the flow deactivated and renamed first.")),
                .optional("replacedName", .string("--replace: the name the replaced flow gets.")),
            ]
        case .updateFlow:
            fields = [
                .required("flowId", .string), .optional("name", .string), .optional("description", .reference("newText")),
                .optional("status", statusChoice),
                .optional("steps", .array(.reference("flowStepContent")).described("The whole new list of steps.")),
            ]
        }
        return .object([.required("kind", .constant(kind.rawValue))] + fields)
    }

    private static let flowDefinitions: [String: SchemaNode] = [
        "flowFieldDiff": fieldDiff([
            ([FlowKey.name, .description].map(\.rawValue), .string), ([FlowKey.status.rawValue], statusChoice),
        ]),
        "thresholdDiff": fieldDiff([(["passThreshold"], .number)]),
        "flowStepContent": flowStepContent,
        "flowStep": SchemaNode.anyOf(FlowPlanStep.Kind.allCases.map(flowStep))
            .described("One API call of the flow, in the order apply makes them."),
        "flowStepChange": SchemaNode.object([
            .required("kind", .choice(FlowStepChange.Kind.allCases.map(\.rawValue))
                .described("create: appended; update: threshold; delete: removed; refused: a change the API cannot make.")),
            .required("position", .integer("1-based position in the file (for a delete: in the remote flow).")),
            .required("assessment", .string),
            .required("fieldDiffs", .array(.reference("thresholdDiff"))),
            .optional("location", .reference("location")),
        ]),
        "flowPlan": SchemaNode.object([
            .required("action", .choice(PlanAction.allCases.map(\.rawValue))),
            .required("name", .string),
            .optional("remoteId", .string),
            .required("filePath", .string),
            .optional("location", .reference("location")),
            .optional("renamedFrom", .string),
            .required("fieldDiffs", .array(.reference("flowFieldDiff"))),
            .required("stepChanges", .array(.reference("flowStepChange"))),
            .required("steps", .array(.reference("flowStep"))),
            .optional("fingerprint", .string),
            .required("warnings", .array(.reference("diagnostic"))),
            .required("errors", .array(.reference("diagnostic"))),
        ]),
    ]

    private static let planDefinitions: [String: SchemaNode] = flowDefinitions.merging([
        "location": location,
        "diagnostic": planDiagnostic,
        "fieldDiff": fieldDiff(fieldTypes),
        "settings": settings,
        "questionContent": questionContent,
        "newText": newText,
        "step": SchemaNode.anyOf(PlanStep.Kind.allCases.map(step))
            .described("One API call, in the order apply makes them."),
        "questionChange": SchemaNode.object([
            .required("kind", .choice(QuestionChange.Kind.allCases.map(\.rawValue))),
            .required("text", .string),
            .optional("from", .integer("1-based position in the remote list; absent for a create.")),
            .optional("to", .integer("1-based position in the file; absent for a delete.")),
            .required("moved", .boolean),
            .required("fieldDiffs", .array(.reference("fieldDiff"))),
            .optional("remoteId", .string),
            .optional("location", .reference("location")),
        ]),
        "assessmentPlan": SchemaNode.object([
            .required("action", .choice(PlanAction.allCases.map(\.rawValue))),
            .required("name", .string),
            .optional("remoteId", .string),
            .optional("filePath", .string),
            .optional("location", .reference("location")),
            .optional("renamedFrom", .string),
            .required("fieldDiffs", .array(.reference("fieldDiff"))),
            .required("questionChanges", .array(.reference("questionChange"))),
            .required("generatedNotInFile", .array(.string)),
            .optional("generateCount", .integer),
            .required("steps", .array(.reference("step"))),
            .optional("fingerprint", .string),
            .required("warnings", .array(.reference("diagnostic"))),
            .required("errors", .array(.reference("diagnostic"))),
        ]),
        "unmanaged": SchemaNode.object([
            .required("id", .string), .required("name", .string),
            .required("status", .choice(AssessmentStatus.allCases.map(\.rawValue))),
            .required("inManageScope", .boolean("In tapform.yaml's manage: scope; active and in scope is drift.")),
        ]),
        "summary": SchemaNode.object(
            ["toCreate", "toUpdate", "toDeactivate", "questionChanges", "blocked", "unchanged", "drift"]
                .map { .required($0, .integer) }
                + ["flowsToCreate", "flowsToUpdate", "flowsBlocked"].map { .optional($0, .integer("Only when the plan has flows.")) }),
    ]) { $1 }

    // MARK: Apply

    private static let applyBody: [Property] = [
        .required("success", .boolean("True when every assessment was done and no signal stopped the run.")),
        .required("summary", SchemaNode.object(
            ["created", "updated", "deactivated", "questionChanges", "failed", "conflicted", "interrupted"]
                .map { .required($0, .integer) })),
        .required("line", .string("The summary line the human output ends with.")),
        .required("assessments", .array(.reference("outcome"))),
        .required("plan", SchemaNode.object(header(.plan) + planBody).orNull
            .described("The plan applied; null when the command failed before it had one.")),
        .required("interrupted", SchemaNode.choice(StopSignal.allCases.map(\.name)).orNull),
    ]

    private static let applyDefinitions: [String: SchemaNode] = [
        "outcome": SchemaNode.object([
            .required("action", .choice(PlanAction.allCases.map(\.rawValue))),
            .required("name", .string),
            .required("remoteId", SchemaNode.string.orNull),
            .required("result", .choice(["done", "failed", "conflict", "partial", "not-started"])),
            .required("stepsDone", .integer),
            .required("stepsPlanned", .integer),
            .required("questionChanges", .integer),
            .required("recovered", .boolean("A create whose answer was lost, found and adopted.")),
            .optional("failure", SchemaNode.object([
                .required("summary", .string), .required("diagnostics", .array(.reference("diagnostic"))),
            ])),
            .optional("conflict", .string),
            .required("line", .string("The progress line the human output shows.")),
        ]),
    ]

    // MARK: Validate, import, doctor, error

    private static let validateBody: [Property] = [
        .required("diagnostics", .array(.reference("fileDiagnostic"))),
        .required("summary", SchemaNode.object([
            .required("errors", .integer), .required("warnings", .integer),
            .required("filesChecked", .integer("Assessment files checked.")),
            .required("flowFilesChecked", .integer("Flow files checked.")),
            .required("filesWithProblems", .integer),
        ])),
    ]

    private static let importSkipped = SchemaNode.array(.object([
        .required("name", .string), .required("remoteId", .string), .required("reason", .string),
        .required("isFailure", .boolean("True for a failure (a read, a write, a round trip); false for a rule.")),
    ]))

    private static let importBody: [Property] = [
        .required("environment", .string),
        .required("written", .array(.object([
            .required("name", .string), .required("remoteId", .string), .required("file", .string),
            .required("questionCount", .integer), .required("inactive", .boolean),
            .required("pinnedId", .boolean), .required("overwritten", .boolean),
        ])).described("Assessment files written.")),
        .required("skipped", importSkipped.described("Assessments not written.")),
        .required("flows", .object([
            .required("written", .array(.object([
                .required("name", .string), .required("remoteId", .string), .required("file", .string),
                .required("stepCount", .integer), .required("inactive", .boolean),
                .required("pinnedId", .boolean),
                .required("pinnedSteps", .array(.integer("1-based step position.")).described(
                    "Steps naming their assessment by assessmentId: (its name finds another or several).")),
                .required("overwritten", .boolean),
            ]))),
            .required("skipped", importSkipped),
        ]).described("Flow files written, and flows not written.")),
        .required("notFound", .array(.string)),
        .required("notes", .array(.string)),
        .required("summary", .object(["written", "skipped", "failed"].map { .required($0, .integer) })
            .described("Assessments and flows together.")),
        .required("success", .boolean),
    ]

    private static let doctorBody: [Property] = [
        .required("checks", .array(.object([
            .required("outcome", .choice(DoctorCheck.Outcome.allCases.map(\.rawValue))),
            .required("text", .string),
            .required("advice", SchemaNode.string.orNull.described("For a failure, what to do; for a skip, why.")),
            .required("details", .array(.string)),
        ]))),
        .required("passed", .boolean),
        .required("summary", .object(DoctorCheck.Outcome.allCases.map { .required($0.rawValue, .integer) })),
        .required("endpoints", .array(.object([
            .required("endpoint", .string("The request, e.g. `POST /assessment/audio-interviews`.")),
            .required("expected", .string("What the contract says: the status and the answer's content.")),
            .required("seen", .string("What came back: the status and the envelope, or the error.")),
            .required("ok", .boolean),
            .required("mismatches", .array(.string("One difference, by field path."))),
        ])).described("`--write`: each answer checked, in order (the table); empty without --write.")),
        .required("created", .array(.object([
            .required("name", .string), .required("id", .string),
            .required("deactivated", .boolean("Whether it was set inactive again.")),
        ])).described("`--write`: the throwaway assessments created.")),
    ]

    private static let errorBody: [Property] = [
        .optional("command", .string),
        .required("exitCode", .integer("1 an error, 64 a usage error.")),
        .required("message", .string),
        .required("diagnostics", .array(.reference("fileDiagnostic"))),
    ]

    // MARK: Results of a flow

    private static let flowResultsBody: [Property] = [
        .required("environment", .string),
        .required("flow", .object([.required("id", .string), .required("name", .string)])),
        .required("status", SchemaNode.choice(WireFlowCandidateStatus.all).orNull
            .described("--status: only the candidates with this status; null: every candidate.")),
        .required("candidates", .array(.object([
            .required("email", .string("Never masked: this is data.")),
            .required("firstName", SchemaNode.string.orNull),
            .required("lastName", SchemaNode.string.orNull),
            .required("status", .string("NOT_STARTED, IN_PROGRESS, COMPLETED or FAILED, as the API sends it.")),
            .required("step", SchemaNode.object([
                .required("position", .integer("1-based position of the step in the flow.")),
                .required("assessment", SchemaNode.object([
                    .required("id", .string), .required("name", SchemaNode.string.orNull),
                ]).orNull.described("The step's assessment; null when the flow has no step at this position.")),
            ]).orNull.described("The step the candidate is on; null when the API gives none.")),
            .required("assignedAt", SchemaNode.string.orNull.described("ISO 8601 UTC.")),
        ])).described("In the API's order.")),
    ]

    // MARK: Invite

    private static let inviteRow = SchemaNode.object([
        .required("line", .integer), .optional("email", .string("Masked when CI is set.")), .optional("reason", .string),
    ])

    private static let inviteBody: [Property] = [
        .required("mode", .choice(["dry-run", "send", "settle"])),
        .required("assessment", .object([.required("id", .string), .required("name", .string)])),
        .required("environment", .string),
        .optional("csv", .string),
        .optional("ledger", .string),
        .optional("census", .object(
            ["rows", "toSend", "toResend", "skippedByLedger", "unresolvedInLedger", "invalidCount", "duplicateCount"]
                .map { .required($0, .integer) } + [
                    .required("invalid", .array(.reference("row"))),
                    .required("duplicates", .array(.object([
                        .required("line", .integer), .required("email", .string), .required("firstLine", .integer),
                    ]))),
                    .required("unresolved", .array(.reference("row"))),
                    .required("ignoredColumns", .array(.string)),
                ])),
        .optional("wouldInvite", .array(.reference("row"))),
        .required("declined", .boolean),
        .optional("result", .object([
            .required("summary", .object(["sent", "alreadyInvited", "skippedByLedger", "invalid", "duplicates", "failed", "unknown"]
                .map { .required($0, .integer) })),
            .required("failed", .array(.reference("row"))),
            .required("unknown", .array(.reference("row"))),
            .required("notAttempted", .integer),
            .required("stopReason", SchemaNode.string.orNull),
            .required("interrupted", SchemaNode.choice(StopSignal.allCases.map(\.name)).orNull),
            .required("resentAlreadyInvited", .integer),
            .required("resentSentNow", .integer),
            .required("failedOutRows", SchemaNode.integer.orNull),
        ])),
        .optional("settled", .array(.string)),
        .required("success", .boolean),
    ]
}
