import Exact
import PropertyBased
import QBoundsTestSupport
import Testing

@Suite struct DoubleConversionTests {
    /// Every finite double is a rational; reading it back to nearest must give the same double.
    @Test func exactConversionRoundTrips() {
        let doubles = Gen.double(in: -1e300...1e300)
        seededCheck("Rational(exactly:) round trip", count: 500, doubles) { x in
            let q = try Rational(exactly: x)
            return q.double(rounding: .down) == x && q.double(rounding: .up) == x && q.double() == x
        }
        for x in [0.0, -0.0, Double.leastNonzeroMagnitude, -Double.leastNonzeroMagnitude,
                  Double.greatestFiniteMagnitude, Double.leastNormalMagnitude, 0.1, 1.0 / 3] {
            #expect((try! Rational(exactly: x)).double() == x)
        }
    }

    /// IEEE division of two doubles is correctly rounded to nearest, so for integers below 2^53
    /// Double(n)/Double(d) is an independent route to the nearest double of n/d.
    @Test func nearestAgreesWithIEEEDivision() {
        let big = Gen.int(in: -(1 << 53)...(1 << 53))
        seededCheck("nearest vs IEEE division", count: 1000, zip(big, Gen.int(in: 1...(1 << 53)))) { n, d in
            try Rational(n, d).double() == Double(n) / Double(d)
        }
    }

    /// Directed roundings bracket the value, are adjacent doubles, and agree with nearest.
    @Test func directedRoundingsBracket() {
        seededCheck("down ≤ q ≤ up", count: 500, Gens.bigRational) { q in
            let lo = q.double(rounding: .down), hi = q.double(rounding: .up), near = q.double()
            let qlo = try Rational(exactly: lo), qhi = try Rational(exactly: hi)
            let adjacent = lo == hi ? (qlo == q) : (lo.nextUp == hi && qlo < q && q < qhi)
            return adjacent && (near == lo || near == hi)
                && q.double(rounding: .towardZero) == (q.signum >= 0 ? lo : hi)
        }
    }

    @Test func subnormalAndOverflowEdges() throws {
        // Half of the smallest subnormal rounds to even (zero); a hair more rounds up.
        let tiny = try Rational(exactly: Double.leastNonzeroMagnitude)
        let half = tiny.timesPowerOfTwo(-1)
        #expect(half.double() == 0)
        #expect((half + tiny.timesPowerOfTwo(-10)).double() == Double.leastNonzeroMagnitude)
        #expect(half.double(rounding: .up) == Double.leastNonzeroMagnitude)
        #expect(half.double(rounding: .down) == 0)
        // 1.5·tiny is a tie between 1·tiny (odd) and 2·tiny (even): rounds to 2·tiny.
        #expect((tiny * (try Rational(3, 2))).double() == 2 * Double.leastNonzeroMagnitude)
        // Overflow: at 2^1024 − 2^970 round-to-nearest goes to infinity; just below it does not.
        let threshold = Rational(1).timesPowerOfTwo(1024) - Rational(1).timesPowerOfTwo(970)
        #expect(threshold.double() == .infinity)
        #expect((threshold - 1).double() == .greatestFiniteMagnitude)
        #expect(threshold.double(rounding: .down) == .greatestFiniteMagnitude)
        #expect((-threshold).double() == -.infinity)
    }

    @Test func nonFiniteDoublesThrow() {
        for x in [Double.nan, .infinity, -.infinity, .signalingNaN] {
            #expect(throws: ExactError.self) { try Rational(exactly: x) }
            #expect(throws: ExactError.self) { try Interval(x) }
        }
    }
}
