// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way: tapform (CLI) -> TapformKit -> {TapformSpec, TapformPlan, TapformInvite,
// TaptalentAPI, TaptalentSandbox}; TaptalentSandbox -> TaptalentAPI (for the wire names only).
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
        // YAML -> typed, resolved spec with source positions; diagnostics. No I/O beyond reading given files.
        .target(name: "TapformSpec", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Normal form, identity, question matching, plan model and renderers. Pure.
        .target(name: "TapformPlan"),
        // Wire types (the one place for wire names), HTTP client, retries, pagination, errors.
        .target(name: "TaptalentAPI"),
        // The Partner API emulator, its durable store and its test controls.
        .target(name: "TaptalentSandbox", dependencies: [
            "TaptalentAPI",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // Invite CSV reading, row validation, the invite ledger, masking. Pure apart from file reading/appending.
        .target(name: "TapformInvite"),
        // Use cases: validate, plan, apply, import, pull, generate, invite, results, doctor.
        .target(name: "TapformKit", dependencies: [
            "TapformSpec", "TapformPlan", "TaptalentAPI", "TaptalentSandbox", "TapformInvite",
        ]),
        // The command line, thin.
        .executableTarget(name: "tapform", dependencies: [
            "TapformKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // `swift build -c release && .build/release/tapform-bench`: prints the performance figures (README, Benchmark).
        .executableTarget(name: "tapform-bench", dependencies: [
            "TapformKit", "TapformSpec", "TapformPlan", "TaptalentAPI", "TaptalentSandbox",
        ]),

        .testTarget(
            name: "TapformSpecTests", dependencies: ["TapformSpec", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]),
        .testTarget(name: "TapformPlanTests", dependencies: ["TapformPlan"], exclude: ["Golden"]),
        .testTarget(name: "TaptalentAPITests", dependencies: [
            "TaptalentAPI", "TaptalentSandbox", .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .testTarget(name: "TaptalentSandboxTests", dependencies: ["TaptalentSandbox", "TaptalentAPI"]),
        .testTarget(name: "TapformInviteTests", dependencies: ["TapformInvite"]),
        .testTarget(name: "TapformKitTests", dependencies: [
            "TapformKit", "TapformSpec", "TapformPlan", "TaptalentAPI", "TaptalentSandbox", "TapformInvite",
        ]),
        .testTarget(name: "TapformEndToEndTests", dependencies: ["TaptalentAPI", "TaptalentSandbox"]),
        // The command line's parsing (e.g. `-C DIR` before the command), through swift-argument-parser.
        .testTarget(name: "TapformCLITests", dependencies: [
            "tapform", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
