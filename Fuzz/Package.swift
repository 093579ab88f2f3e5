// swift-tools-version: 6.1
// libFuzzer targets for MarrowKit, in their own package so the main package's builds and tests
// never pay for them. Build and run from the repository root with `.ci/fuzz` (see Fuzz/README.md);
// the package only links with `-sanitize=fuzzer`.
import Foundation
import PackageDescription

// A path dependency's package identity is its folder's name, which differs between checkouts.
let marrow = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "MarrowFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(
            name: "FuzzTargets",
            dependencies: ["CFuzzDriver", .product(name: "MarrowKit", package: marrow)]
        ),
        .executableTarget(
            name: "marrow-fuzz",
            dependencies: ["FuzzTargets"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
