// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Marrow",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "marrow", targets: ["marrow"]),
        .library(name: "MarrowKit", targets: ["MarrowKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "MarrowKit",
            dependencies: [
                "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API for the bulk inserts (prepared once, bound without boxing).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "marrow",
            dependencies: [
                "MarrowKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share (the repository finder, the CLI runner, the split-invariance
        // verifier, the provenance check, random documents); no product ships it.
        .target(
            name: "MarrowTestSupport",
            dependencies: ["MarrowKit"],
            path: "Tests/MarrowTestSupport"
        ),
        .testTarget(
            name: "MarrowKitTests",
            dependencies: [
                "MarrowKit",
                "MarrowTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "marrowTests",
            dependencies: ["MarrowKit", "MarrowTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
