// CarlemanBench — times the Carleman matrix builders.
//
//   CarlemanBench gen  N_VARS NNZ_PER_ROW SEED FILE   write a random sparse quadratic model (JSON)
//   CarlemanBench float FILE ORDER REPS THREADS       float build of the model in FILE
//   CarlemanBench exact FILE ORDER REPS               exact build
//   CarlemanBench discrete FILE ORDER REPS THREADS ETA  float discrete step matrix I + A_N (model: f = the field)
//   CarlemanBench eta-blocks FILE ORDER REPS          exact η-blocks C_{j,k,p} (no truncation)
//
// Prints one line per run: `<what> dim=<Δ> nnz=<entries> best_s=<seconds> checksum=<Σ values>`.
import Carleman
import Exact
import Foundation

struct SplitMix { var s: UInt64; mutating func next() -> UInt64 { s &+= 0x9e3779b97f4a7c15; var z = s; z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9; z = (z ^ (z >> 27)) &* 0x94d049bb133111eb; return z ^ (z >> 31) } }

func now() -> Double { var t = timespec(); clock_gettime(CLOCK_MONOTONIC, &t); return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9 }

/// JSON: {"n": n, "F1": [[i, j, "p/q"], …], "F2": [[i, c, "p/q"], …]} with small dyadic values
/// (exact in Double, so both sides build bit-identical matrices).
func generate(n: Int, perRow: Int, seed: UInt64, path: String) throws {
    var rng = SplitMix(s: seed)
    var f1: [String] = [], f2: [String] = []
    for i in 0..<n {
        f1.append("[\(i), \(i), \"-\(2 + Int(rng.next() % 4))\"]")
        var used = Set<Int>()
        for _ in 0..<perRow {
            let j = Int(rng.next() % UInt64(n))
            if j != i, used.insert(j).inserted { f1.append("[\(i), \(j), \"\(Int(rng.next() % 7) - 3)/8\"]") }
        }
        var used2 = Set<Int>()
        for _ in 0..<perRow {
            let c = Int(rng.next() % UInt64(n * n))
            if used2.insert(c).inserted { f2.append("[\(i), \(c), \"\(Int(rng.next() % 9) - 4)/16\"]") }
        }
    }
    let text = "{\"n\": \(n), \"F1\": [\(f1.joined(separator: ", "))], \"F2\": [\(f2.joined(separator: ", "))]}\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

func load(_ path: String) throws -> PolynomialSystem {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let obj = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let n = obj["n"] as! Int
    func triplets(_ key: String) throws -> [(Int, Int, Rational)] {
        try (obj[key] as! [[Any]]).map { ($0[0] as! Int, $0[1] as! Int, try Rational(parsing: $0[2] as! String)) }
    }
    return try PolynomialSystem(variables: (0..<n).map { "u\($0)" }, coefficients: [
        try SparseRationalMatrix(rows: n, columns: 1, triplets: []),
        try SparseRationalMatrix(rows: n, columns: n, triplets: try triplets("F1")),
        try SparseRationalMatrix(rows: n, columns: n * n, triplets: try triplets("F2")),
    ])
}

let args = CommandLine.arguments
guard args.count >= 2 else { print("usage: see the header of main.swift"); exit(2) }
switch args[1] {
case "gen":
    try generate(n: Int(args[2])!, perRow: Int(args[3])!, seed: UInt64(args[4])!, path: args[5])
case "float":
    let s = try load(args[2])
    let order = Int(args[3])!, reps = Int(args[4])!, threads = Int(args[5])!
    var best = Double.infinity
    var dim = 0, nnz = 0, checksum = 0.0
    for _ in 0..<reps {
        let t0 = now()
        let a = try FloatCarlemanMatrix(system: s, order: order, threads: threads)
        best = min(best, now() - t0)
        dim = a.layout.dimension; nnz = a.matrix.values.count; checksum = a.matrix.values.reduce(0, +)
    }
    print("swift-float threads=\(threads) dim=\(dim) nnz=\(nnz) best_s=\(best) checksum=\(checksum)")
case "exact":
    let s = try load(args[2])
    let order = Int(args[3])!, reps = Int(args[4])!
    var best = Double.infinity
    var dim = 0, nnz = 0
    var checksum = Rational()
    for _ in 0..<reps {
        let t0 = now()
        let a = try CarlemanMatrix(system: s, order: order)
        best = min(best, now() - t0)
        dim = a.layout.dimension; nnz = a.matrix.nonzeroCount
        checksum = a.matrix.values.reduce(Rational(), +)
    }
    print("swift-exact dim=\(dim) nnz=\(nnz) best_s=\(best) checksum=\(checksum)")
case "discrete":
    let s = try load(args[2])
    let order = Int(args[3])!, reps = Int(args[4])!, threads = Int(args[5])!
    let eta = try Rational(parsing: args[6])
    var best = Double.infinity
    var dim = 0, nnz = 0, checksum = 0.0
    for _ in 0..<reps {
        let t0 = now()
        let a = try FloatDiscreteCarlemanMatrix(field: s, eta: eta, order: order, threads: threads)
        best = min(best, now() - t0)
        dim = a.layout.dimension; nnz = a.step.values.count; checksum = a.step.values.reduce(0, +)
    }
    print("swift-discrete threads=\(threads) dim=\(dim) nnz=\(nnz) best_s=\(best) checksum=\(checksum)")
case "eta-blocks":
    let s = try load(args[2])
    let order = Int(args[3])!, reps = Int(args[4])!
    var best = Double.infinity
    var blocks = 0, nnz = 0
    for _ in 0..<reps {
        let t0 = now()
        let l = try DiscreteLifting(field: s, order: order)
        best = min(best, now() - t0)
        blocks = l.blocks.count; nnz = l.blocks.values.reduce(0) { $0 + $1.nonzeroCount }
    }
    print("swift-eta-blocks blocks=\(blocks) nnz=\(nnz) best_s=\(best)")
default:
    print("unknown mode \(args[1])"); exit(2)
}
