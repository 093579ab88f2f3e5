// swift-tools-version: 6.1
// Benchmarks live in their own package so the main package's builds and tests never pay for them.
// Run from this folder: swift package benchmark
import Foundation
import PackageDescription

// A path dependency's package identity is its folder's name, which differs between checkouts.
let marrow = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "MarrowBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: [
                .product(name: "MarrowKit", package: marrow),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/PipelineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "LargeInputBenchmarks",
            dependencies: [
                .product(name: "MarrowKit", package: marrow),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/LargeInputBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
