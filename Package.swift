// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "stancelog",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "stancelog", targets: ["stancelog"]),
        .library(name: "StanceLogCore", targets: ["StanceLogCore"]),
        .library(name: "StanceLogSQLite", targets: ["StanceLogSQLite"]),
        .library(name: "StanceLogExtraction", targets: ["StanceLogExtraction"]),
        .library(name: "StanceLogIngest", targets: ["StanceLogIngest"]),
        .library(name: "StanceLogTimeline", targets: ["StanceLogTimeline"]),
        .library(name: "StanceLogPostgres", targets: ["StanceLogPostgres"]),
        .library(name: "StanceLogAPI", targets: ["StanceLogAPI"]),
        .library(name: "StanceLogServer", targets: ["StanceLogServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.4.0"),
    ],
    targets: [
        .target(
            name: "StanceLogCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogTimeline",
            dependencies: ["StanceLogCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogSQLite",
            dependencies: [
                "StanceLogCore", "StanceLogTimeline", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogPostgres",
            dependencies: [
                "StanceLogCore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogExtraction",
            dependencies: ["StanceLogCore"],
            exclude: ["Resources/verb-forms.LICENSE"],
            resources: [
                .copy("Resources/codebook.json"), .copy("Resources/verb-forms.tsv"),
                .copy("Resources/confidence-weights.json"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogIngest",
            dependencies: ["StanceLogCore", "StanceLogTimeline", "StanceLogExtraction"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogBenchmarks",
            dependencies: [
                "StanceLogCore", "StanceLogSQLite", "StanceLogExtraction", "StanceLogIngest", "StanceLogTimeline",
                "StanceLogTesting", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogFuzzing",
            dependencies: ["StanceLogCore", "StanceLogExtraction", "StanceLogIngest", "StanceLogBenchmarks", "StanceLogTesting"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogReport",
            dependencies: ["StanceLogCore", "StanceLogTimeline"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogAPI",
            dependencies: ["StanceLogCore", "StanceLogTimeline", "StanceLogExtraction"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogServer",
            dependencies: [
                "StanceLogCore", "StanceLogTimeline", "StanceLogSQLite", "StanceLogIngest", "StanceLogExtraction",
                "StanceLogReport", "StanceLogAPI", "StanceLogPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources/openapi.yaml")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StanceLogTesting",
            dependencies: ["StanceLogCore", "StanceLogTimeline"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "stancelog",
            dependencies: [
                "StanceLogCore", "StanceLogSQLite", "StanceLogExtraction", "StanceLogIngest", "StanceLogTimeline",
                "StanceLogReport", "StanceLogBenchmarks", "StanceLogFuzzing", "StanceLogPostgres", "StanceLogAPI",
                "StanceLogServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogCoreTests",
            dependencies: ["StanceLogCore", "StanceLogTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogStoreTests",
            dependencies: [
                "StanceLogCore", "StanceLogSQLite", "StanceLogPostgres", "StanceLogTesting", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogPostgresTests",
            dependencies: [
                "StanceLogCore", "StanceLogPostgres", "StanceLogSQLite", "StanceLogTesting",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogIngestTests",
            dependencies: ["StanceLogCore", "StanceLogIngest", "StanceLogExtraction", "StanceLogSQLite", "StanceLogTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogProjectionsTests",
            dependencies: [
                "StanceLogCore", "StanceLogSQLite", "StanceLogTimeline", "StanceLogIngest", "StanceLogExtraction",
                "StanceLogTesting", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogReportTests",
            dependencies: ["StanceLogReport", "StanceLogTimeline", "StanceLogCore", "StanceLogTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogTimelineTests",
            dependencies: ["StanceLogTimeline", "StanceLogCore", "StanceLogTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogExtractionTests",
            dependencies: ["StanceLogExtraction", "StanceLogCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogBenchmarksTests",
            dependencies: ["StanceLogBenchmarks", "StanceLogCore", "StanceLogExtraction", "StanceLogIngest"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogFuzzingTests",
            dependencies: ["StanceLogFuzzing", "StanceLogCore", "StanceLogExtraction", "StanceLogIngest", "StanceLogTesting"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogServerTests",
            dependencies: [
                "StanceLogServer", "StanceLogCore", "StanceLogSQLite", "StanceLogTimeline", "StanceLogAPI",
                "StanceLogTesting", "StanceLogIngest", "StanceLogExtraction", "StanceLogPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StanceLogCLITests",
            dependencies: [
                "stancelog", "StanceLogAPI", "StanceLogCore", "StanceLogSQLite", "StanceLogTimeline", "StanceLogTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
