import TaptalentAPI

/// The jobs every new (or reset) store starts with. Their ids are fixed so examples and docs can name them.
enum DemoJobs {
    /// Seeded jobs (`POST /__sandbox/jobs`) are numbered from here on.
    static let firstSeededNumber = 2001

    // WireWorkMode.all lists ONSITE, REMOTE, HYBRID in that order.
    private static let onsite = WireWorkMode.all[0]
    private static let remote = WireWorkMode.all[1]
    private static let hybrid = WireWorkMode.all[2]

    static let all: [StoredJob] = [
        StoredJob(
            id: "1001", title: "Senior Backend Engineer", city: "Berlin", state: "Berlin", country: "Germany",
            status: WireJobStatus.active, workMode: hybrid,
            description: "Design and run the services behind our hiring platform: Swift and Go on the server, "
                + "PostgreSQL, event queues. You own features from design review to production."
        ),
        StoredJob(
            id: "1002", title: "Account Executive (Spain)", city: "Madrid", state: "Community of Madrid",
            country: "Spain", status: WireJobStatus.active, workMode: onsite,
            description: "Own the full sales cycle for mid-market customers in Spain, from first call to "
                + "signed contract, working closely with solutions engineering."
        ),
        StoredJob(
            id: "1003", title: "Customer Support Specialist", city: "Lisbon", state: "Lisbon",
            country: "Portugal", status: WireJobStatus.active, workMode: remote,
            description: "Answer customer questions by chat, email and phone in English and Portuguese, "
                + "and turn recurring problems into help-centre articles."
        ),
        StoredJob(
            id: "1004", title: "Product Designer", city: "Amsterdam", state: "North Holland",
            country: "Netherlands", status: WireJobStatus.active, workMode: hybrid,
            description: "Shape the candidate and recruiter experience end to end: research, flows, "
                + "prototypes and a shared design system."
        ),
        StoredJob(
            id: "1005", title: "Data Analyst", city: "Bangalore", state: "Karnataka", country: "India",
            status: WireJobStatus.draft, workMode: onsite,
            description: "Build the dashboards and analyses that tell hiring teams what works: SQL, "
                + "Python and a lot of curiosity."
        ),
    ]
}
