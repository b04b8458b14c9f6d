// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way: tapform (CLI) -> TapformKit -> {TapformSpec, TapformPlan, TapformInvite,
// TapformResults, TaptalentAPI, TaptalentEmulator}; TapformResults -> TapformInvite; TaptalentEmulator ->
// TaptalentAPI; all of them -> TaptalentContract; the libraries -> TapformSupport (no dependencies).
let package = Package(
    name: "tapform",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tapform", targets: ["tapform"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependencies, which the emulator imports directly (no extra build cost).
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The contract's vocabulary: wire names, limits and defaults, statuses, the assessment settings table
        // (file key and wire name of each), source locations. No dependencies; every other target uses it.
        .target(name: "TaptalentContract"),
        // Building blocks with no knowledge of assessments or the API: durable appends (EINTR-safe I/O,
        // group commit, atomic replace) and deterministic numbers (StableHash, SplitMix64).
        .target(name: "TapformSupport"),
        // YAML -> typed, resolved spec with source positions; diagnostics. No I/O beyond reading given files.
        .target(name: "TapformSpec", dependencies: ["TaptalentContract", "TapformSupport", .product(name: "Yams", package: "Yams")]),
        // Normal form, identity, question matching, plan model and renderers. Pure.
        .target(name: "TapformPlan", dependencies: ["TaptalentContract", "TapformSupport"]),
        // Wire types (their CodingKeys are the wire field names), HTTP client, retries, pagination, errors.
        .target(name: "TaptalentAPI", dependencies: ["TaptalentContract", "CTapformCurl"]),
        // libcurl, loaded at run time (dlopen), for TaptalentAPI's transport on Linux.
        .target(name: "CTapformCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // The Partner API emulator, its durable store and its test controls.
        .target(name: "TaptalentEmulator", dependencies: [
            "TaptalentAPI", "TapformSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // The candidates' files: invite CSV reading, row validation, the invite ledger, masking, the CSV writer.
        // Pure apart from file reading/appending.
        .target(name: "TapformInvite", dependencies: ["TaptalentContract", "TapformSupport"]),
        // The results export formats (CSV, JSON, table), on the invite target's CSV writer and display widths.
        .target(name: "TapformResults", dependencies: ["TapformInvite"]),
        // Use cases: validate, plan, apply, import, pull, generate, invite, results, doctor.
        .target(name: "TapformKit", dependencies: [
            "TapformSpec", "TapformPlan", "TaptalentAPI", "TaptalentEmulator", "TapformInvite", "TapformResults",
            "TapformSupport",
        ]),
        // The command line, thin.
        .executableTarget(name: "tapform", dependencies: [
            "TapformKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // `swift build -c release && .build/release/tapform-bench`: prints the performance figures (README, Benchmark).
        .executableTarget(name: "tapform-bench", dependencies: [
            "TapformKit", "TapformSpec", "TapformPlan", "TaptalentAPI", "TaptalentEmulator", "TapformTestSupport",
        ]),

        // Test support: checks JSON values against JSON Schemas (the file schemas and the report schemas).
        .target(name: "SchemaChecking", path: "Tests/SchemaChecking"),
        // Test support, for the tests and the benchmark (never the tapform binary): the emulator started in
        // process or as `tapform sandbox serve` from one EmulatorOptions, clients against it and its
        // counters; running the tapform binary; temporary folders; the checkout's paths. No Swift Testing.
        .target(name: "TapformTestSupport", dependencies: ["TaptalentAPI", "TaptalentEmulator"], path: "Tests/TapformTestSupport"),
        .testTarget(
            name: "TapformSpecTests", dependencies: [
                "TapformSpec", "TaptalentContract", "SchemaChecking", "TapformTestSupport", .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures"]),
        .testTarget(name: "TapformPlanTests", dependencies: ["TapformPlan", "TaptalentContract", "TapformSupport"], exclude: ["Golden"]),
        .testTarget(name: "TaptalentAPITests", dependencies: [
            "TaptalentAPI", "TaptalentEmulator", "TapformTestSupport", .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .testTarget(name: "TaptalentEmulatorTests", dependencies: ["TaptalentEmulator", "TaptalentAPI", "TapformTestSupport"]),
        .testTarget(name: "TapformInviteTests", dependencies: ["TapformInvite", "TapformResults", "TaptalentContract", "TapformTestSupport"]),
        .testTarget(name: "TapformResultsTests", dependencies: ["TapformResults", "TapformInvite"]),
        .testTarget(name: "TapformKitTests", dependencies: [
            "TapformKit", "TapformSpec", "TapformPlan", "TaptalentAPI", "TaptalentEmulator", "TapformInvite",
            "TapformResults", "TaptalentContract", "TapformSupport", "SchemaChecking", "TapformTestSupport",
        ]),
        .testTarget(name: "TapformEndToEndTests", dependencies: [
            "TaptalentAPI", "TaptalentEmulator", "SchemaChecking", "TapformTestSupport",
        ]),
        // The command line's parsing (e.g. `-C DIR` before the command), through swift-argument-parser.
        .testTarget(name: "TapformCLITests", dependencies: [
            "tapform", "TapformTestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
