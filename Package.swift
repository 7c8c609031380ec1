// swift-tools-version: 6.1
//
// QBounds — checks the mathematics behind provable quantum machine-learning advantages.
// Dependencies point one way: Exact ← Simulate ← {Carleman, Bell, Separations} ← Certificates ← qbounds.
import PackageDescription

let package = Package(
    name: "QBounds",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Exact", targets: ["Exact"]),
        .library(name: "Simulate", targets: ["Simulate"]),
        .library(name: "Carleman", targets: ["Carleman"]),
        .library(name: "Bell", targets: ["Bell"]),
        .library(name: "Separations", targets: ["Separations"]),
        .library(name: "Training", targets: ["Training"]),
        .library(name: "Certificates", targets: ["Certificates"]),
        .executable(name: "qbounds", targets: ["QBoundsCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-numerics.git", from: "1.1.1"),
    ],
    targets: [
        // System libraries (Debian: libgmp-dev, libmpfr-dev).
        .systemLibrary(name: "CGMP", pkgConfig: "gmp", providers: [.apt(["libgmp-dev"]), .brew(["gmp"])]),
        .systemLibrary(name: "CMPFR", pkgConfig: "mpfr", providers: [.apt(["libmpfr-dev"]), .brew(["mpfr"])]),
        // LAPACKE over OpenBLAS (Debian: liblapacke-dev, libopenblas-dev) for Hessian spectra.
        .systemLibrary(name: "CLAPACKE", pkgConfig: "lapacke", providers: [.apt(["liblapacke-dev", "libopenblas-dev"]), .brew(["lapack"])]),
        // static-inline wrappers for the GMP/MPFR macros Swift cannot import.
        .target(name: "_ExactShims", dependencies: ["CGMP", "CMPFR"]),
        .target(
            name: "Exact", dependencies: ["_ExactShims"], exclude: ["README.md"],
            // `rounded()` lowers to libm's `round` in release builds; Foundation-free users need -lm on Linux.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        // Simulate is the Double core; it does not need Exact yet (DESIGN: only to report its own rounding error).
        .target(name: "Simulate", dependencies: [.product(name: "Numerics", package: "swift-numerics")], exclude: ["README.md"]),
        // The three subjects; siblings, each on Exact (decides) and Simulate (explores).
        .target(name: "Carleman", dependencies: ["Exact", "Simulate"], exclude: ["README.md"]),
        .target(name: "Bell", dependencies: ["Exact", "Simulate"], exclude: ["README.md"]),
        .target(name: "Separations", dependencies: ["Exact", "Simulate"], exclude: ["README.md"]),
        // Training runs, Hessian spectra (LAPACK) and the discrete-Carleman error proxy.
        .target(name: "Training", dependencies: ["Exact", "Simulate", "CLAPACKE"], exclude: ["README.md"]),
        // Files (YAML/JSON) → claims and models → verdicts → certificates; reports.
        .target(name: "Certificates", dependencies: ["Exact", "Simulate", "Carleman", "Bell", "Separations", "Training", "Yams"], exclude: ["README.md"]),
        .executableTarget(
            name: "QBoundsCLI",
            dependencies: [
                "Certificates", "Exact", "Simulate", "Carleman", "Bell", "Separations", "Training",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Shared by the test targets: seeded property runs (fixed seeds + one printed random seed).
        .target(name: "QBoundsTestSupport", dependencies: [
            .product(name: "PropertyBased", package: "swift-property-based"),
        ], path: "Tests/TestSupport"),
        .testTarget(name: "ExactTests", dependencies: [
            "Exact", "_ExactShims", "QBoundsTestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "BigInt", package: "BigInt"),
        ]),
        .testTarget(name: "SimulateTests", dependencies: [
            "Simulate", "QBoundsTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "Numerics", package: "swift-numerics"),
        ]),
        .testTarget(name: "CertificatesTests", dependencies: [
            "Certificates", "Exact", "Bell", "Separations", "QBoundsTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ], resources: []),
        .testTarget(name: "CarlemanTests", dependencies: [
            "Carleman", "Exact", "Simulate", "QBoundsTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "BellTests", dependencies: [
            "Bell", "Exact", "Simulate", "QBoundsTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "SeparationsTests", dependencies: [
            "Separations", "Exact", "Simulate", "QBoundsTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "TrainingTests", dependencies: [
            "Training", "Exact", "Simulate", "QBoundsTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "QBoundsCLITests", dependencies: ["QBoundsCLI", "Certificates"]),
    ],
    swiftLanguageModes: [.v6]
)
