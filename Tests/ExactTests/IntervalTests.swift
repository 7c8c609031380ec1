import Exact
import Foundation
import PropertyBased
import QBoundsTestSupport
import Testing

@Suite struct IntervalTests {
    static let precisions = [24, 53, 128, 300]

    /// + − × ÷ on point intervals contain the exact rational result, at every precision.
    @Test(arguments: precisions)
    func basicOperationsEncloseExactResults(precision: Int) {
        seededCheck("interval ops ∋ exact (p=\(precision))", count: 200, zip(Gens.bigRational, Gens.bigRational)) { a, b in
            let x = try Interval(a, precision: precision), y = try Interval(b, precision: precision)
            guard (x + y).contains(a + b), (x - y).contains(a - b), (x * y).contains(a * b) else { return false }
            if !b.isZero { guard try (x / y).contains(try a / b) else { return false } }
            return true
        }
    }

    /// Products of intervals contain every product of points (covers all nine sign cases).
    /// `isBounded` is decided on the MPFR endpoints: true past Double's range, false once MPFR
    /// itself overflows to ∞.
    @Test func boundedness() throws {
        let big = try Interval(Rational(1000), precision: 64).exp()    // e^1000 ≈ 10^434: no Double holds it
        #expect(big.isBounded && !big.upperDouble.isFinite)
        var x = try Interval(Rational(2), precision: 64)
        for _ in 0..<40 { x = x * x }                                  // 2^(2^40), past MPFR's exponent range
        #expect(!x.isBounded)
        #expect(try Interval(Rational(-3), precision: 64).isBounded)
    }

    @Test func productContainsProductsOfPoints() {
        let g = zip(Gens.smallRational, Gens.smallRational, Gens.smallRational, Gens.smallRational, Gen.int(in: 0...8), Gen.int(in: 0...8))
        seededCheck("[a,b]·[c,d] ∋ x·y", count: 300, g) { a, b, c, d, s, t in
            let (l1, u1) = (Rational.min(a, b), Rational.max(a, b)), (l2, u2) = (Rational.min(c, d), Rational.max(c, d))
            let x = try Interval(lower: l1, upper: u1, precision: 53), y = try Interval(lower: l2, upper: u2, precision: 53)
            let px = l1 + (u1 - l1) * (try Rational(s, 8)), py = l2 + (u2 - l2) * (try Rational(t, 8))
            let prod = x * y
            // The exact hull of the four endpoint products is the range of x·y; it must be inside.
            let corners = [l1 * l2, l1 * u2, u1 * l2, u1 * u2]
            return prod.contains(px * py) && prod.contains(corners.min()!) && prod.contains(corners.max()!)
        }
    }

    /// `setProduct` equals `*` (same endpoints, bit for bit) and leaves shared operands alone.
    @Test func inPlaceProductAgreesWithOperator() {
        seededCheck("setProduct", count: 200, zip(Gens.smallRational, Gens.smallRational, Gen.int(in: 0...3))) { a, b, k in
            let x = try Interval(lower: a - Rational(k), upper: a, precision: 96), y = try Interval(b, precision: 96)
            let (xLower, xUpper) = (x.lower, x.upper)
            var z = x                      // shares x's storage
            z.setProduct(x, y)
            let viaOperator = x * y
            guard z.lower == viaOperator.lower, z.upper == viaOperator.upper,
                  x.lower == xLower, x.upper == xUpper else { return false }
            z.setProduct(z, z)             // the destination is an operand: must not corrupt
            let square = viaOperator * viaOperator
            return z.lower == square.lower && z.upper == square.upper
        }
    }

    /// Elementary functions: the low-precision enclosure must meet a 4× higher-precision one, and
    /// the enclosure at a point must be tight (a few ulps at the working precision, scaled by |x|).
    @Test(arguments: [53, 128])
    func elementaryFunctionsAgreeAcrossPrecisions(precision: Int) {
        let g = zip(Gen.int(in: 1...5_000_000), Gen.int(in: 1...100_000), Gen.bool)
        seededCheck("elementary p=\(precision)", count: 100, g) { n, d, negative in
            let q = try Rational(negative ? -n : n, d)
            let lo = try Interval(q, precision: precision), hi = try Interval(q, precision: 4 * precision)
            let pairs: [(Interval, Interval)] = [
                (lo.exp(), hi.exp()), (lo.sin(), hi.sin()), (lo.cos(), hi.cos()),
                (try lo.magnitude.squareRoot(), try hi.magnitude.squareRoot()),
                (try lo.magnitude.log(), try hi.magnitude.log()),
            ]
            for (a, b) in pairs {
                guard a.overlaps(b) else { return false }
                // Tightness: the input point is itself rounded to `precision` bits, so allow
                // width ≤ 2^(−precision+8)·max(1, |f(x)|)·max(1, |x|).
                let scale = Rational.max(1, a.upper.magnitude) * Rational.max(1, q.magnitude)
                guard a.width <= scale.timesPowerOfTwo(-precision + 8) else { return false }
            }
            return true
        }
    }

    /// Identities hold as enclosures: sin² + cos² ∋ 1, exp(log x) ∋ x, (√x)² ∋ x.
    @Test func identitiesContainTheirExactValue() {
        seededCheck("identities", count: 200, zip(Gen.int(in: 1...10_000_000), Gen.int(in: 1...1000))) { n, d in
            let q = try Rational(n, d)
            let x = try Interval(q, precision: 128)
            let pythagoras = try x.sin().power(2) + x.cos().power(2)
            let expLog = try x.log().exp(), rootSquared = try x.squareRoot().power(2)
            return pythagoras.contains(1) && expLog.contains(q) && rootSquared.contains(q)
        }
    }

    /// sin and cos of a wide interval contain sin and cos of every point inside it (the extremum
    /// logic), checked at rational sample points evaluated at higher precision.
    @Test func sinusoidsOfWideIntervalsContainPointValues() {
        let g = zip(Gen.int(in: -2000...2000), Gen.int(in: 1...4000), Gen.int(in: 0...16))
        seededCheck("sin/cos range", count: 300, g) { a, w, k in
            let lo = try Rational(a, 100), hi = lo + (try Rational(w, 1000))
            let x = try Interval(lower: lo, upper: hi, precision: 64)
            let t = lo + (hi - lo) * (try Rational(k, 16))
            let p = try Interval(t, precision: 256)
            return x.sin().contains(p.sin()) && x.cos().contains(p.cos())
        }
        // Known ranges: sin([1, 2]) reaches 1 (π/2 inside); cos([3, 4]) reaches −1 (π inside).
        let s = try! Interval(lower: 1, upper: 2).sin(), c = try! Interval(lower: 3, upper: 4).cos()
        #expect(s.upper == 1 && c.lower == -1)
        #expect(try! Interval(lower: -100, upper: 100).sin().lower == -1)
    }

    /// Agreement with the float libm to within a few ulps (an independent implementation).
    @Test func agreesWithLibm() {
        seededCheck("vs libm", count: 300, Gen.double(in: -20...20)) { x in
            let i = try Interval(x, precision: 128)
            func near(_ e: Interval, _ f: Double) -> Bool {
                let band = try! Interval(lower: try! Rational(exactly: f - 4 * f.ulp), upper: try! Rational(exactly: f + 4 * f.ulp))
                return e.overlaps(band)
            }
            return near(i.exp(), Foundation.exp(x)) && near(i.sin(), Foundation.sin(x)) && near(i.cos(), Foundation.cos(x))
        }
    }

    @Test func powersEncloseExactPowers() {
        seededCheck("x^k ∋ exact", count: 200, zip(Gens.smallRational, Gen.int(in: -7...7))) { q, k in
            let x = try Interval(q, precision: 64)
            if q.isZero && k < 0 { return (try? x.power(k)) == nil }
            return try x.power(k).contains(try q.power(k))
        }
        // Rational powers: 8^(2/3) = 4, 2^(1/2) = √2, 27^(-1/3) = 1/3.
        #expect(try! Interval(8).power(try! Rational(2, 3)).contains(4))
        #expect(try! Interval(2).power(try! Rational(1, 2)).overlaps(try! Interval(2).squareRoot()))
        #expect(try! Interval(27).power(try! Rational(-1, 3)).contains(try! Rational(1, 3)))
        // Even power of an interval straddling zero starts at zero.
        let sq = try! Interval(lower: -2, upper: 1).power(2)
        #expect(sq.lower == 0 && sq.upper == 4)
    }

    @Test func threeValuedComparisons() throws {
        let sqrt2 = try Interval(2, precision: 128).squareRoot()
        #expect(sqrt2.isLess(than: try Rational(1415, 1000)) == .true)
        #expect(sqrt2.isGreater(than: try Rational(1414, 1000)) == .true)
        #expect(sqrt2.isLess(than: 1) == .false)
        #expect(sqrt2.isEqual(to: 2) == .false)
        // At 4 bits √2 and 1.4142 cannot be told apart: undecided, never a guess.
        let coarse = try Interval(2, precision: 4).squareRoot()
        #expect(coarse.isLess(than: try Rational(14142, 10000)) == .undecided)
        // The point interval [1/2, 1/2] equals 1/2.
        #expect(try Interval(try Rational(1, 2)).isEqual(to: try Rational(1, 2)) == .true)
        // Kleene logic.
        #expect((Decision.true && .undecided) == .undecided && (Decision.false && .undecided) == .false)
        #expect((Decision.true || .undecided) == .true && !Decision.undecided == .undecided)
    }

    /// √2 at 256 bits: lo² ≤ 2 ≤ hi² exactly, width one ulp; 2.0.squareRoot() is outside.
    @Test func squareRootOfTwoIsRigorous() throws {
        let r = try Interval(2, precision: 256).squareRoot()
        #expect(r.lower * r.lower <= 2 && r.upper * r.upper >= 2)
        #expect(r.width <= Rational(1).timesPowerOfTwo(-255))
        #expect(r.lowerString(digits: 30) == "1.4142135623730950488016887242")
        #expect(r.upperString(digits: 30) == "1.41421356237309504880168872421")
    }

    @Test func piAndDecimalStrings() throws {
        let pi = try Interval.pi(precision: 200)
        #expect(pi.lowerString(digits: 25) == "3.141592653589793238462643")
        #expect(pi.upperString(digits: 25) == "3.141592653589793238462644")
        #expect(try Interval(try Rational(-1, 3), precision: 64).lowerString(digits: 5) == "-0.33334")
        #expect(try Rational(parsing: "1e-30").decimalString(digits: 3) == "1e-30")
        #expect(try Rational(parsing: "123456789").decimalString(digits: 20) == "123456789")
    }

    @Test func domainErrorsThrow() {
        #expect(throws: ExactError.self) { try Interval(-1).squareRoot() }
        #expect(throws: ExactError.self) { try Interval(0).log() }
        #expect(throws: ExactError.self) { try Interval(1) / Interval(lower: -1, upper: 1) }
        #expect(throws: ExactError.self) { try Interval(1, precision: 1) }
        #expect(throws: ExactError.self) { try Interval(lower: 2, upper: 1) }
        #expect(throws: ExactError.self) { try Interval(1, precision: 1 << 40) }
    }

    /// Intervals are Sendable values: concurrent tasks at mixed precisions get the same answers.
    @Test func concurrentUseAtMixedPrecisions() async throws {
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for k in 0..<64 {
                group.addTask {
                    let p = 64 + 32 * (k % 5)
                    let x = try! Interval(try! Rational(k + 1, 7), precision: p)
                    let y = (try! x.log()).exp()
                    return (k, y.contains(try! Rational(k + 1, 7)))
                }
            }
            var all: [(Int, Bool)] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 64 && results.allSatisfy(\.1))
    }
}
