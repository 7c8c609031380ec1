// swift-tools-version: 6.1
//
// Benchmarks and leak checks for the Exact module, kept out of the main package so that its
// build and test graph stay unchanged. Build in release mode:
//
//   swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build
//
// ArithmeticBench  times Rational add/mul/div and Interval mul/exp (run-arithmetic.sh compares
//                  it with the plain-C loop in c/arith_bench.c on the same input file).
// CarlemanBench    builds the float Carleman matrix of a random sparse quadratic model and the
//                  exact one of a small model (run-carleman.sh compares it with scipy.sparse).
// LeakCheck        exercises the arithmetic, parsing, matrices and error paths for valgrind
//                  (valgrind-arith.sh).
import PackageDescription

let package = Package(
    name: "QBoundsBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "QBounds", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ArithmeticBench",
            dependencies: [.product(name: "Exact", package: "QBounds")]),
        .executableTarget(
            name: "CarlemanBench",
            dependencies: [.product(name: "Carleman", package: "QBounds"), .product(name: "Exact", package: "QBounds")]),
        .executableTarget(
            name: "LeakCheck",
            dependencies: [.product(name: "Exact", package: "QBounds")]),
    ],
    swiftLanguageModes: [.v6]
)
