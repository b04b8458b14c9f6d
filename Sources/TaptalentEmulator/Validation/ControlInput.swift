import TaptalentAPI

/// Validates the bodies of the test controls (`/__sandbox/...`).
enum ControlInput {
    /// CEFR levels a completion may carry.
    static let cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"]

    static func job(_ body: JSONValue) throws(APIError) -> JobBody {
        typealias Key = JobBody.CodingKeys
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: [Key.title, Key.city, Key.state, Key.country, Key.status, Key.workMode, Key.description])
        let place = 1...WireLimits.jobPlaceMaxLength
        let title = reader.string(Key.title, length: WireLimits.jobTitleLength, required: true)
        let city = reader.string(Key.city, length: place, required: true)
        let state = reader.string(Key.state, length: place, required: true)
        let country = reader.string(Key.country, length: place, required: true)
        let status = reader.oneOf(Key.status, WireJobStatus.all)
        let workMode = reader.oneOf(Key.workMode, WireWorkMode.all)
        let description = reader.string(Key.description, length: 0...20_000)
        guard reader.isValid, let title, let city, let state, let country else { throw .invalid(reader.errors) }
        return JobBody(
            title: title, city: city, state: state, country: country, status: status ?? WireJobStatus.active,
            workMode: workMode, description: description
        )
    }

    static func completion(_ body: JSONValue) throws(APIError) -> EmulatorCompletionBody {
        typealias Key = EmulatorCompletionBody.CodingKeys
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: [Key.email, Key.firstName, Key.lastName, Key.score, Key.cefrLevel])
        let email = InviteInput.email(&reader, Key.email)
        let firstName = reader.string(Key.firstName, length: 0...WireLimits.candidateNameMaxLength)
        let lastName = reader.string(Key.lastName, length: 0...WireLimits.candidateNameMaxLength)
        let score = reader.number(Key.score, range: 0...100, required: true)
        let cefrLevel = reader.nullableString(Key.cefrLevel, length: 0...2)
        if let level = cefrLevel?.optional, !cefrLevels.contains(level) {
            reader.fail(Key.cefrLevel) { FieldMessage.oneOf($0, cefrLevels) }
        }
        guard reader.isValid, let email, let score else { throw .invalid(reader.errors) }
        return EmulatorCompletionBody(
            email: email, firstName: firstName, lastName: lastName, score: score, cefrLevel: cefrLevel?.optional
        )
    }

    static func faults(_ body: JSONValue) throws(APIError) -> EmulatorFaults {
        typealias Key = EmulatorFaults.CodingKeys
        var reader = FieldReader(body)
        reader.rejectUnknown(allowing: [Key.error500, Key.error429, Key.retryAfterSeconds, Key.latencyMs, Key.latencyJitterMs, Key.dropAfterWrite, Key.seed,
                                      Key.rateLimitPerSecond, Key.rateLimitBurst])
        let faults = EmulatorFaults(
            error500: reader.number(Key.error500, range: 0...1) ?? 0,
            error429: reader.number(Key.error429, range: 0...1) ?? 0,
            retryAfterSeconds: reader.number(Key.retryAfterSeconds, range: 0...3_600) ?? 1,
            latencyMs: reader.integer(Key.latencyMs, range: 0...EmulatorFaults.maxLatencyMs) ?? 0,
            latencyJitterMs: reader.integer(Key.latencyJitterMs, range: 0...EmulatorFaults.maxLatencyMs) ?? 0,
            dropAfterWrite: reader.number(Key.dropAfterWrite, range: 0...1) ?? 0,
            seed: UInt64(reader.integer(Key.seed, range: 0...(1 << 53)) ?? 0),
            rateLimitPerSecond: reader.number(Key.rateLimitPerSecond, range: 0...EmulatorFaults.maxRateLimitPerSecond) ?? 0,
            rateLimitBurst: reader.integer(Key.rateLimitBurst, range: 0...EmulatorFaults.maxRateLimitBurst) ?? 0
        )
        if faults.error500 + faults.error429 > 1 {
            reader.fail(Key.error429) { "\"\($0)\" plus \"\(Key.error500.stringValue)\" must be less than or equal to 1" }
        }
        guard reader.isValid else { throw .invalid(reader.errors) }
        return faults
    }
}
