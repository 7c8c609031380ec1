// ArithmeticBench — the Swift side of Benchmarks/run-arithmetic.sh.
//
//   ArithmeticBench FILE [REPS [FILTER]]
//
// Reads the input file written by `arith_bench gen` (Benchmarks/c/arith_bench.c), runs the same
// benchmarks as `arith_bench run` with the same names, passes, clock and checksum, and prints
//   name  ns_per_op  checksum  ops_per_repetition
// one line each. The loops are written as a user of `Exact` writes them: `c[i] = a[i] + b[i]`
// makes a new value (a heap box plus mpq_init/mpfr_init2) and releases the one it replaces; that
// cost is part of what is measured. See Benchmarks/README.md.
import Exact

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Must match c/arith_bench.c.
let nPairs = 4096
let chunk = 8
let checksumModulus: UInt = 2_147_483_647
let checksumMultiplier: UInt = 1_000_003

func passes(for name: String) -> Int {
    if name.hasPrefix("q64.") { return 8 }
    if name.hasPrefix("q200.") { return 3 }
    if name.hasSuffix(".exp") { return 1 }
    return 40
}

// MARK: Input

func fail(_ message: String) -> Never {
    let text = "ArithmeticBench: \(message)\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(2)
}

/// The whitespace-separated words of the input file.
func readWords(_ path: String) -> [String] {
    guard let f = fopen(path, "r") else { fail("cannot open \(path)") }
    defer { fclose(f) }
    var words: [String] = []
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, f) > 0 {
        let text = String(cString: line!)
        words.append(contentsOf: text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
    }
    return words
}

struct Inputs {
    var a: [[Rational]] = [[], []], b: [[Rational]] = [[], []]     // rational64, rational200
    var aLo: [Rational] = [], aHi: [Rational] = [], bLo: [Rational] = [], bHi: [Rational] = []
}

func readInputs(_ path: String) -> Inputs {
    var words = readWords(path)[...]
    func next() -> String {
        guard let w = words.popFirst() else { fail("input file ends early") }
        return w
    }
    func rational() -> Rational {
        let w = next()
        guard let q = try? Rational(parsing: w) else { fail("malformed rational \(w)") }
        return q
    }
    func header(_ name: String) {
        guard next() == name, Int(next()) == nPairs else { fail("expected section \(name) \(nPairs)") }
    }
    guard next() == "qbounds-arith-inputs", next() == "1" else { fail("not an input file") }
    var inputs = Inputs()
    for (s, name) in ["rational64", "rational200"].enumerated() {
        header(name)
        for _ in 0..<nPairs { inputs.a[s].append(rational()); inputs.b[s].append(rational()) }
    }
    header("interval")
    for _ in 0..<nPairs {
        inputs.aLo.append(rational()); inputs.aHi.append(rational())
        inputs.bLo.append(rational()); inputs.bHi.append(rational())
    }
    return inputs
}

// MARK: Checksums (same fold as the C program)

func fold(_ h: UInt, _ v: UInt) -> UInt { (h &* checksumMultiplier &+ v) % checksumModulus }
func fold(_ h: UInt, _ q: Rational) -> UInt {
    let n = try! q.numerator.residue(modulo: checksumModulus)
    let d = try! q.denominator.residue(modulo: checksumModulus)
    return fold(fold(h, n), d)
}
func fold(_ h: UInt, _ x: Interval) -> UInt { fold(fold(h, x.lower), x.upper) }

// MARK: Timing

func nowNs() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) * 1e9 + Double(t.tv_nsec)
}

nonisolated(unsafe) var reps = 5
nonisolated(unsafe) var filter: String? = nil

/// One untimed warm-up repetition, then `reps` timed ones; reports the best.
func bench(_ name: String, setup: () -> Void = {}, body: () -> Void, check: () -> UInt) {
    if let f = filter {        // a substring of the name, or "=name" for exactly that op
        if f.hasPrefix("=") ? name != String(f.dropFirst()) : !name.contains(f) { return }
    }
    let p = passes(for: name)
    var best = Double.infinity
    for rep in 0...reps {
        setup()
        let t0 = nowNs()
        for _ in 0..<p { body() }
        let t1 = nowNs()
        if rep > 0 { best = min(best, t1 - t0) }
    }
    let ops = p * nPairs
    let nsPerOp = best / Double(ops)
    let ns = (nsPerOp * 100).rounded() / 100
    print("\(name)\t\(ns)\t\(check())\t\(ops)")
    fflush(nil)
}

// MARK: Loops, written as a user would write them

@inline(never) func addLoop(_ c: inout [Rational], _ a: [Rational], _ b: [Rational]) {
    for i in 0..<a.count { c[i] = a[i] + b[i] }
}
@inline(never) func mulLoop(_ c: inout [Rational], _ a: [Rational], _ b: [Rational]) {
    for i in 0..<a.count { c[i] = a[i] * b[i] }
}
@inline(never) func divLoop(_ c: inout [Rational], _ a: [Rational], _ b: [Rational]) {
    for i in 0..<a.count { c[i] = try! a[i] / b[i] }
}
// In-place forms: c[i].setSum(a[i], b[i]) reuses c[i]'s storage, as the C loop reuses its mpq_t.
@inline(never) func setSumLoop(_ c: inout [Rational], _ a: [Rational], _ b: [Rational]) {
    for i in 0..<a.count { c[i].setSum(a[i], b[i]) }
}
@inline(never) func setProductLoop(_ c: inout [Rational], _ a: [Rational], _ b: [Rational]) {
    for i in 0..<a.count { c[i].setProduct(a[i], b[i]) }
}
@inline(never) func setQuotientLoop(_ c: inout [Rational], _ a: [Rational], _ b: [Rational]) {
    for i in 0..<a.count { try! c[i].setQuotient(a[i], b[i]) }
}
@inline(never) func intervalSetProductLoop(_ c: inout [Interval], _ a: [Interval], _ b: [Interval]) {
    for i in 0..<a.count { c[i].setProduct(a[i], b[i]) }
}
@inline(never) func addAssignLoop(_ c: inout [Rational], _ b: [Rational]) {
    for i in 0..<b.count { c[i] += b[i] }
}
/// acc += a[i], with acc cleared (acc *= 0) every `chunk` terms.
@inline(never) func accumulateLoop(_ a: [Rational]) {
    var acc = Rational()
    let zero = Rational()
    var i = 0
    while i < a.count {
        acc *= zero
        for j in i..<(i + chunk) { acc += a[j] }
        i += chunk
    }
}
/// The checksum of the chunk sums of `accumulateLoop` (untimed).
func accumulateChecksum(_ a: [Rational]) -> UInt {
    var h: UInt = 0
    var acc = Rational()
    let zero = Rational()
    var i = 0
    while i < a.count {
        acc *= zero
        for j in i..<(i + chunk) { acc += a[j] }
        h = fold(h, acc)
        i += chunk
    }
    return h
}
@inline(never) func intervalMulLoop(_ c: inout [Interval], _ a: [Interval], _ b: [Interval]) {
    for i in 0..<a.count { c[i] = a[i] * b[i] }
}
@inline(never) func intervalExpLoop(_ c: inout [Interval], _ a: [Interval]) {
    for i in 0..<a.count { c[i] = a[i].exp() }
}

func runRational(_ a: [Rational], _ b: [Rational], tag: String) {
    var c = Array(repeating: Rational(), count: nPairs)
    let checkC = { c.reduce(0) { fold($0, $1) } }
    bench("\(tag).add", body: { addLoop(&c, a, b) }, check: checkC)
    bench("\(tag).mul", body: { mulLoop(&c, a, b) }, check: checkC)
    bench("\(tag).div", body: { divLoop(&c, a, b) }, check: checkC)
    bench("\(tag).add[in-place]", body: { setSumLoop(&c, a, b) }, check: checkC)
    bench("\(tag).mul[in-place]", body: { setProductLoop(&c, a, b) }, check: checkC)
    bench("\(tag).div[in-place]", body: { setQuotientLoop(&c, a, b) }, check: checkC)
    // c reset to a (untimed) before each repetition; `+ zero` gives each c[i] its own box so
    // that the timed `+=` runs in place (no copy-on-write copy).
    let zero = Rational()
    bench("\(tag).addassign",
          setup: { for i in 0..<nPairs { c[i] = a[i] + zero } },
          body: { addAssignLoop(&c, b) }, check: checkC)
    bench("\(tag).accumulate", body: { accumulateLoop(a) }, check: { accumulateChecksum(a) })
}

func runInterval(_ inputs: Inputs, precision: Int) {
    var a: [Interval] = [], b: [Interval] = []
    for i in 0..<nPairs {
        a.append(try! Interval(lower: inputs.aLo[i], upper: inputs.aHi[i], precision: precision))
        b.append(try! Interval(lower: inputs.bLo[i], upper: inputs.bHi[i], precision: precision))
    }
    var c = a
    let checkC = { c.reduce(0) { fold($0, $1) } }
    bench("iv\(precision).mul", body: { intervalMulLoop(&c, a, b) }, check: checkC)
    c = a.map { $0 * (try! Interval(1, precision: precision)) }   // own storage for each c[i]
    bench("iv\(precision).mul[in-place]", body: { intervalSetProductLoop(&c, a, b) }, check: checkC)
    bench("iv\(precision).exp", body: { intervalExpLoop(&c, a) }, check: checkC)
}

// MARK: Main

let args = CommandLine.arguments
guard args.count >= 2 else { fail("usage: ArithmeticBench FILE [REPS [FILTER]]") }
if args.count >= 3, let r = Int(args[2]) { reps = max(r, 1) }
if args.count >= 4 { filter = args[3] }
let inputs = readInputs(args[1])
runRational(inputs.a[0], inputs.b[0], tag: "q64")
runRational(inputs.a[1], inputs.b[1], tag: "q200")
runInterval(inputs, precision: 128)
runInterval(inputs, precision: 256)
