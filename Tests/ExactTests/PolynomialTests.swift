import Exact
import PropertyBased
import QBoundsTestSupport
import Testing

@Suite struct PolynomialTests {
    static let smallPoly = Gen.int(in: -6...6).array(of: 1...7).map { RationalPolynomial($0.map { Rational($0) }) }

    @Test func divisionIdentity() {
        seededCheck("a = q·d + r", count: 200, zip(Self.smallPoly, Self.smallPoly)) { a, d in
            if d.isZero { return (try? a.divided(by: d)) == nil }
            let (q, r) = try a.divided(by: d)
            return q * d + r == a && r.degree < d.degree
        }
    }

    @Test func gcdDividesBoth() {
        seededCheck("gcd", count: 200, zip(Self.smallPoly, Self.smallPoly, Self.smallPoly)) { a, b, c in
            let g = RationalPolynomial.gcd(a * c, b * c)
            if g.isZero { return (a * c).isZero && (b * c).isZero }
            return try (try (a * c).divided(by: g)).remainder.isZero && (try (b * c).divided(by: g)).remainder.isZero
                && (c.isZero || (try g.divided(by: c.monic)).remainder.isZero)
        }
    }

    /// Planted rational roots (with multiplicities) are all found, exactly, in order.
    @Test func plantedRationalRootsAreFound() {
        let g = zip(Gen.int(in: -40...40), Gen.int(in: 1...6)).array(of: 1...5)
        seededCheck("planted roots", count: 100, g) { pairs in
            var p = RationalPolynomial([1])
            var mult: [Rational: Int] = [:]
            for (n, d) in pairs {
                let r = try Rational(n, d)
                p = p * RationalPolynomial([-r, 1]); mult[r, default: 0] += 1
            }
            let roots = try p.realRoots(precision: 40)
            guard roots.count == mult.count else { return false }
            let sorted = mult.keys.sorted()
            for (root, r) in zip(roots, sorted) {
                guard root.enclosureLower <= r, r <= root.enclosureUpper, root.multiplicity == mult[r] else { return false }
            }
            return true
        }
    }

    /// Irrational roots: x² − k for non-square k; the enclosure contains ±√k computed by MPFR.
    @Test func quadraticSurdsAreEnclosed() {
        seededCheck("√k roots", count: 100, Gen.int(in: 2...10_000).filter { k in Int(Double(k).squareRoot()) * Int(Double(k).squareRoot()) != k }) { k in
            let p = RationalPolynomial([Rational(-k), 0, 1])
            let roots = try p.realRoots(precision: 100)
            let s = try Interval(k, precision: 256).squareRoot()
            let e0 = try roots[1].enclosure(precision: 256)
            let e1 = try roots[0].enclosure(precision: 256)
            return roots.count == 2 && e0.overlaps(s) && e1.overlaps(-s) && roots[1].exact == nil
                && roots[1].enclosureUpper - roots[1].enclosureLower <= Rational(1).timesPowerOfTwo(-100)
        }
    }

    /// Root count by Sturm vs the sign changes of p on a fine grid of the float roots (Chebyshev
    /// polynomials have all their n roots real and simple in (−1, 1)).
    @Test(arguments: 1...12)
    func chebyshevRootsAreAllReal(n: Int) throws {
        var t0 = RationalPolynomial([1]), t1 = RationalPolynomial.x
        for _ in 1..<n { (t0, t1) = (t1, (Rational(2) * RationalPolynomial.x) * t1 - t0) }
        let roots = try t1.realRoots(precision: 60)
        #expect(roots.count == n)
        for (k, root) in roots.enumerated() {
            // cos((2j+1)π/(2n)), j = n−1−k, at high precision.
            let angle = try (Interval.pi(precision: 200) * Interval(2 * (n - 1 - k) + 1, precision: 200)) / Interval(2 * n, precision: 200)
            #expect(try root.enclosure(precision: 200).overlaps(angle.cos()))
        }
    }

    @Test func intervalEvaluationEnclosesExactEvaluation() {
        seededCheck("p(I) ∋ p(q)", count: 200, zip(Self.smallPoly, Gens.smallRational)) { p, q in
            p(try Interval(q, precision: 53)).contains(p(q))
        }
    }

    @Test func zeroPolynomialAndHugeDegreeAreRefused() {
        #expect(throws: ExactError.self) { try RationalPolynomial([]).realRoots() }
        #expect(throws: ExactError.self) { try RationalPolynomial.x.power(20_000) }
        #expect(RationalPolynomial([0, 0]).isZero)
        #expect((try? RationalPolynomial([5]).realRoots())?.isEmpty == true)
    }
}
