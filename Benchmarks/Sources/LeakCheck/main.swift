// LeakCheck — exercises the Exact module's GMP/MPFR-backed values under valgrind
// (Benchmarks/valgrind-arith.sh): parsing, BigInteger/Rational/Interval arithmetic, elementary
// functions, matrices (rank certificates, LDLᵀ) and the error paths that throw.
//
//   LeakCheck [ROUNDS]      (default 40)
//
// Every value created here is dropped before exit, so any GMP/MPFR limb or Swift box still
// allocated at exit and unreachable is a leak of the wrapper. The results are also checked
// (exit status 1 on a wrong answer), so the program cannot silently do nothing.
// Foundation is not imported, to keep its caches out of valgrind's report.
import Exact

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

nonisolated(unsafe) var failures = 0
nonisolated(unsafe) var checks = 0
nonisolated(unsafe) var thrown = 0

func check(_ ok: Bool, _ what: @autoclosure () -> String) {
    checks += 1
    if !ok { failures += 1; print("FAILED: \(what())") }
}

/// Runs `body`, which must throw; counts it.
func expectThrow(_ what: String, _ body: () throws -> Void) {
    do {
        try body()
        check(false, "\(what) did not throw")
    } catch {
        thrown += 1
        _ = "\(error)"            // format the error message too (allocates strings)
        checks += 1
    }
}

/// Deterministic pseudo-random numbers (splitmix64).
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    /// A rational with numerator and denominator of about `digits` decimal digits.
    mutating func rational(digits: Int) -> Rational {
        func digitString() -> String {
            var s = String(int(1...9))
            for _ in 1..<max(digits, 1) { s += String(int(0...9)) }
            return s
        }
        let text = (next() & 1 == 0 ? "-" : "") + digitString() + "/" + digitString()
        return try! Rational(parsing: text)
    }
}

// MARK: BigInteger

func bigIntegers(_ g: inout Generator) {
    let a = try! BigInteger(parsing: "123456789012345678901234567890123456789")
    let b = try! BigInteger(parsing: "-98765432109876543210987654321")
    let s = a + b, d = a - b, p = a * b
    check(s - b == a && d + b == a, "BigInteger add/sub")
    let (q, r) = try! p.quotientAndRemainder(dividingBy: a)
    check(q == b && r.isZero, "BigInteger division")
    check(try! p.exactlyDivided(by: b) == a, "exact division")
    let (fq, fr) = try! BigInteger(-7).flooredDivision(by: BigInteger(2))
    check(fq == BigInteger(-4) && fr == BigInteger(1), "floored division")
    var acc = BigInteger(1)
    for _ in 0..<20 { acc *= a; acc += b; acc -= BigInteger(g.int(0...1000)) }
    acc.addProduct(a, b); acc.subtractProduct(a, b)
    check(acc.bitWidth > 2000, "BigInteger growth")
    let pw = try! a.power(7)
    check(pw.digits().count > 200, "power digits")
    check(BigInteger.gcd(pw, a) == a && BigInteger.lcm(a, a) == a, "gcd/lcm")
    check(try! (a % BigInteger(97)) == BigInteger(Int(try! a.residue(modulo: 97))), "residue")
    check(a.shiftedLeft(3) == a * BigInteger(8), "shift")
    check(a.description == "123456789012345678901234567890123456789", "BigInteger description")
    check(a.digits(base: 16).count > 10 && a.magnitude == a && (-b).magnitude == -b, "digits/magnitude")
    var h = Hasher(); a.hash(into: &h); _ = h.finalize()
    // Error paths.
    expectThrow("BigInteger / 0") { _ = try a / BigInteger(0) }
    expectThrow("BigInteger % 0") { _ = try a % BigInteger() }
    expectThrow("BigInteger residue mod 0") { _ = try a.residue(modulo: 0) }
    expectThrow("malformed BigInteger") { _ = try BigInteger(parsing: "12x4") }
    expectThrow("empty BigInteger") { _ = try BigInteger(parsing: "") }
    expectThrow("negative exponent") { _ = try a.power(-1) }
    expectThrow("huge power") { _ = try a.power(10_000_000) }
    check(BigInteger("not a number") == nil, "failable BigInteger init")
}

// MARK: Rational

func rationals(_ g: inout Generator) {
    for text in ["3", "-2/7", "0.125", "-2.5e-3", "1e6", " 6.02E+23 ", ".5", "10/4"] {
        check(Rational(text) != nil, "parse \(text)")
    }
    check(try! Rational(parsing: "10/4") == (try! Rational(5, 2)), "lowest terms")
    check(try! Rational(parsing: "0.1") == (try! Rational(1, 10)), "decimal exact")
    for digits in [3, 19, 60] {
        var sum = Rational(), product = Rational(1)
        var xs: [Rational] = []
        for _ in 0..<12 { xs.append(g.rational(digits: digits)) }
        for (i, x) in xs.enumerated() {
            let y = xs[(i + 5) % xs.count]
            let s = x + y, d = x - y, p = x * y, q = try! x / y
            check(s - y == x && d + y == x && (try! p / y) == x && q * y == x, "field identities")
            sum += x; sum -= y; sum += y
            product *= y; try! product /= y; product *= x
            check(-(-x) == x && x.magnitude >= Rational() && x.signum == (x < 0 ? -1 : 1), "sign")
            check(x.floor <= x.ceiling && Rational(x.floor) <= x, "floor/ceiling")
            check(x.timesPowerOfTwo(5).timesPowerOfTwo(-5) == x, "power of two")
            check(try! x.reciprocal() * x == Rational(1), "reciprocal")
            check(try! x.power(3) == x * x * x && (try! x.power(-2)) * x * x == Rational(1), "power")
            check(try! Rational(parsing: x.description) == x, "description round trip")
            _ = x.decimalString(digits: 30, rounding: .down)
            _ = x.double(); _ = x.double(rounding: .up); _ = x.double(rounding: .down)
            var h = Hasher(); x.hash(into: &h); _ = h.finalize()
            check(Rational.min(x, y) <= Rational.max(x, y), "min/max")
        }
        check(sum == xs.reduce(Rational(), +), "running sum")
        _ = try! Rational(exactly: 0.1) + Rational(exactly: -3.5e300)
        // Copy-on-write: mutating a copy leaves the original alone.
        let original = xs[0]
        var copy = original
        copy += Rational(1)
        check(copy - original == Rational(1), "copy-on-write")
        // Sets and dictionaries hold boxes too.
        let set = Set(xs + xs)
        check(set.count <= xs.count, "Set of rationals")
    }
    // Error paths.
    expectThrow("Rational / 0") { _ = try Rational(1) / Rational() }
    expectThrow("Rational /= 0") { var x = Rational(3); try x /= Rational(0) }
    expectThrow("reciprocal of 0") { _ = try Rational().reciprocal() }
    expectThrow("0^-1") { _ = try Rational().power(-1) }
    expectThrow("Rational(1, 0)") { _ = try Rational(1, 0) }
    expectThrow("numerator/0") { _ = try Rational(numerator: BigInteger(5), denominator: BigInteger()) }
    for bad in ["", "1/0", "1/-2", "abc", "1.2.3", "1e", "--1", "1/2/3", "e5", "1e999999999"] {
        expectThrow("parse \"\(bad)\"") { _ = try Rational(parsing: bad) }
    }
    expectThrow("NaN") { _ = try Rational(exactly: .nan) }
    expectThrow("infinity") { _ = try Rational(exactly: -.infinity) }
    expectThrow("huge digit string") { _ = try Rational(parsing: String(repeating: "7", count: 200_000)) }
}

// MARK: Interval

func intervals(_ g: inout Generator) {
    for precision in [53, 128, 256, 1000] {
        let x = try! Interval(lower: try! Rational(1, 3), upper: try! Rational(1, 2), precision: precision)
        let y = try! Interval(try! Rational(-7, 5), precision: precision)
        let z = try! Interval(-0.25, precision: precision)
        let sum = x + y, diff = x - y, prod = x * y, quot = try! x / y
        check(sum.contains(try! Rational(1, 3) + (try! Rational(-7, 5))), "interval add")
        check(diff.isGreater(than: Rational()) == .true, "interval sub")
        check(prod.isLess(than: Rational()) == .true && quot.isLess(than: Rational()) == .true, "interval mul/div")
        // Straddling operands take the four-product branch.
        let s1 = try! Interval(lower: Rational(-2), upper: Rational(3), precision: precision)
        let s2 = try! Interval(lower: Rational(-5), upper: Rational(7), precision: precision)
        let s12 = s1 * s2
        check(s12.contains(Rational(21)) && s12.contains(Rational(-15)), "straddling product")
        var acc = x
        for _ in 0..<10 { acc += z; acc *= x; acc -= y }
        let e = x.exp(), l = try! x.log(), r = try! x.squareRoot()
        check(e.isGreater(than: Rational(1)) == .true && l.isLess(than: Rational()) == .true, "exp/log")
        check(r.isGreater(than: try! Rational(1, 2)) == .true, "sqrt")
        check((try! e.log()).contains(x), "log(exp(x)) contains x")
        let sn = x.sin(), cs = x.cos(), wide = s1.sin(), wideCos = s2.cos()
        check(sn.isGreater(than: Rational()) == .true && cs.isLess(than: Rational(1)) == .true, "sin/cos")
        check(wide.contains(Rational(1)) && wideCos.contains(Rational(-1)), "sin/cos extrema")
        let pi = try! Interval.pi(precision: precision)
        check(pi.isGreater(than: try! Rational(314, 100)) == .true, "pi")
        check((try! s1.power(2)).contains(Rational()) && (try! y.power(3)).isLess(than: Rational()) == .true, "power")
        check((try! x.power(try! Rational(3, 2))).isGreater(than: Rational()) == .true, "rational power")
        check((try! x.power(-2)).isGreater(than: Rational(1)) == .true, "negative power")
        check(s1.magnitude.contains(Rational(3)) && y.magnitude.contains(try! Rational(7, 5)), "magnitude")
        check(x.hull(y).contains(Rational(-1)) && x.overlaps(x) && x.contains(x), "hull/overlaps")
        check((try! x.withPrecision(24)).contains(x), "withPrecision")
        check(x.midpoint > x.lower && x.width > Rational(), "midpoint/width")
        check(x.isLessOrEqual(to: y) == .false && x.isEqual(to: Rational(5)) == .false, "decisions")
        check(x.isLess(than: s1) == .undecided && x.isLessOrEqual(to: Rational(1)) == .true, "decisions 2")
        _ = x.lowerDouble + x.upperDouble + Double(x.precision)
        _ = "\(acc) \(e.lowerString(digits: 40)) \(l.upperString()) \(pi.midpoint.decimalString(digits: 30))"
        _ = x + Rational(2); _ = x - Rational(2); _ = x * Rational(2); _ = try! x / Rational(2)
        _ = -x
        _ = g.next()
        // Error paths.
        expectThrow("interval / interval containing 0") { _ = try x / s1 }
        expectThrow("interval / 0") { _ = try x / Rational() }
        expectThrow("reciprocal containing 0") { _ = try s1.reciprocal() }
        expectThrow("log of nonpositive") { _ = try s1.log() }
        expectThrow("sqrt of negative") { _ = try y.squareRoot() }
        expectThrow("fractional power of negative") { _ = try y.power(try! Rational(1, 2)) }
        expectThrow("lower > upper") { _ = try Interval(lower: Rational(2), upper: Rational(1), precision: precision) }
    }
    expectThrow("precision 1") { _ = try Interval(Rational(1), precision: 1) }
    expectThrow("precision too large") { _ = try Interval.pi(precision: 1 << 40) }
    expectThrow("NaN interval") { _ = try Interval(Double.nan) }
}

// MARK: Matrices

func matrices(_ g: inout Generator) {
    for n in [3, 5, 8] {
        // A random matrix of rank n-1: the last row is a combination of the first two.
        var rows: [[Rational]] = []
        for _ in 0..<(n - 1) { rows.append((0..<n).map { _ in g.rational(digits: 4) }) }
        let c1 = g.rational(digits: 2), c2 = g.rational(digits: 2)
        rows.append((0..<n).map { j in c1 * rows[0][j] + c2 * rows[1][j] })
        let m = try! RationalMatrix(rows)
        let cert = m.rankCertificate()
        check(cert.rank == n - 1 && cert.verify(against: m) == nil, "rank certificate n=\(n)")
        check(m.rank == n - 1 && !Determinant.isNonzero(m) && Determinant.exact(m).isZero, "determinant")
        _ = m.modularRank(prime: Determinant.primes[0])
        // A symmetric matrix: MᵀM plus a zero-diagonal block forces a 2×2 pivot when n ≥ 5.
        var s = try! m.transposed * m
        if n >= 5 {
            for i in 0..<n { s[0, i] = Rational(); s[i, 0] = Rational() }
            s[0, 1] = Rational(3); s[1, 0] = Rational(3); s[1, 1] = Rational()
            for i in 2..<n { s[1, i] = Rational(); s[i, 1] = Rational() }
        }
        let f = try! s.symmetricFactorization()
        check(f.verify(against: s) == nil, "LDLᵀ n=\(n)")
        _ = "\(f.inertia) \(f.isPositiveSemidefinite) \(f.isPositiveDefinite) \(f.blockDiagonal.rows)"
        let id = try! RationalMatrix.identity(n)
        check(try! id * m == m && (try! m + m) == Rational(2) * m && (try! m - m).isZero, "matrix algebra")
        let v = RationalVector((0..<n).map { _ in g.rational(digits: 3) })
        let mv = try! m * v
        check(mv.count == n && (try! v.dot(v)) == v.normSquared, "matrix-vector")
        _ = try! v.norm(precision: 96)
        _ = try! (v + v) - v
        _ = v.kronecker(v)
        _ = try! m.kronecker(id).rows + (try! id.kroneckerPower(2)).rows
        let sparse = SparseRationalMatrix(m)
        check(try! sparse * v == mv && (try! sparse.dense()) == m, "sparse")
        _ = m.description; _ = m.approximateDoubles; _ = m.integerRows
        let d = try! RationalMatrix.diagonal((1...n).map { Rational($0) })
        check((try! d.inertia()).positive == n, "inertia")
        check((try! d.largestEigenvalue(isBelow: Rational(n + 1))), "λ_max bound")
        if let b = try? EigenvalueBound(largestEigenvalueOf: d) {
            check(b.verify(against: d) == nil, "eigenvalue bound")
        }
        _ = try? d.logNormBound()
        // Error paths.
        expectThrow("non-symmetric LDLᵀ") { _ = try m.symmetricFactorization() }
        expectThrow("shape mismatch") { _ = try m * (try RationalMatrix(rows: n + 1, columns: 2)) }
        expectThrow("ragged rows") { _ = try RationalMatrix([[Rational(1)], [Rational(1), Rational(2)]]) }
        expectThrow("too many entries") { _ = try RationalMatrix(rows: 100_000, columns: 100_000) }
        expectThrow("dot length") { _ = try v.dot(RationalVector(zeros: n + 1)) }
    }
}

// MARK: Main

/// Control for the harness (`valgrind-arith.sh --self-test`): leaks one object holding a
/// Rational and an Interval on purpose, which valgrind must report as definitely lost (the
/// holder) and indirectly lost (the Swift boxes and the GMP/MPFR limbs behind them).
final class Holder {
    let q: Rational, x: Interval
    init(q: Rational, x: Interval) { self.q = q; self.x = x }
}
if CommandLine.arguments.contains("--leak-on-purpose") {
    let q = try! Rational(parsing: "123456789012345678901234567890/7")
    _ = Unmanaged.passRetained(Holder(q: q * q, x: try! Interval(q, precision: 512).exp()))
    print("LeakCheck: leaked one Holder on purpose")
    exit(0)
}

let rounds = CommandLine.arguments.count > 1 ? max(Int(CommandLine.arguments[1]) ?? 40, 1) : 40
var generator = Generator(state: 20_241_122)
for _ in 0..<rounds {
    bigIntegers(&generator)
    rationals(&generator)
    intervals(&generator)
    matrices(&generator)
}
print("LeakCheck: \(rounds) rounds, \(checks) checks, \(thrown) expected errors thrown, \(failures) failures")
exit(failures == 0 ? 0 : 1)
